# Sourced by the benches: generate_mixed_data SOCKET DATABASE MEGABYTES TABLES SEED
# creates DATABASE with TABLES InnoDB tables t01, t02, … of about MEGABYTES / TABLES MB of
# dump text each, whose rows look like an application's: names and sentences drawn from a
# vocabulary, amounts, dates, statuses, JSON documents with keys and varied values; not
# repeated hashes, so they compress like real tables (zstd -3 and gzip -6 about 3.7:1
# here, not 30:1). The same SEED gives the same rows (the session's RAND() seeded per
# table, over the ordered seq engine), so every run measures the same data.
generate_mixed_data() {
    local sock=$1 db=$2 megabytes=$3 tables=$4 seed=$5
    # About 290 bytes of dump text per row (measured on this generator).
    local rows=$((megabytes * 1024 * 1024 / 290 / tables))
    local words="'account','address','after','again','amount','answer','area','back','balance','before','billing','book','business','call','card','case','change','check','city','company','contract','country','credit','customer','data','date','day','delivery','discount','door','early','email','end','error','family','field','file','form','good','group','hand','home','invoice','issue','item','late','line','list','market','member','message','money','month','name','night','note','number','office','order','paid','part','payment','people','phone','place','plan','point','price','product','refund','report','request','result','return','room','sale','service','shipping','side','state','status','store','street','system','team','thing','ticket','time','total','update','user','value','week','work','world','year'"
    local w="ELT(1 + FLOOR(RAND() * 100), $words)"
    local firsts="'Anna','Ben','Chloe','David','Emma','Felix','Grace','Hugo','Ines','Jonas','Karin','Leo','Maria','Nils','Olga','Paul','Rosa','Sven','Tara','Uwe'"
    local lasts="'Adams','Berg','Costa','Dietz','Evans','Fischer','Garcia','Horvat','Ivanov','Jensen','Klein','Lopez','Meyer','Novak','Olsen','Petit','Rossi','Schmidt','Tanaka','Weber'"
    local sentence="SUBSTRING_INDEX(CONCAT_WS(' ', $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w, $w), ' ', 3 + FLOOR(RAND() * 14))"
    {
        echo "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db; USE $db;"
        for i in $(seq 1 "$tables"); do
            local t
            t=$(printf 't%02d' "$i")
            echo "CREATE TABLE $t (id BIGINT PRIMARY KEY, customer_id INT NOT NULL,"
            echo "  name VARCHAR(80) NOT NULL, email VARCHAR(120) NOT NULL, status VARCHAR(20) NOT NULL,"
            echo "  amount DECIMAL(12,2) NOT NULL, quantity INT NOT NULL, created_at DATETIME NOT NULL,"
            echo "  note TEXT NULL, details JSON NULL, KEY (customer_id)) ENGINE=InnoDB;"
            echo "SET SESSION rand_seed1 = $seed + $i, SESSION rand_seed2 = $seed * 7 + $i;"
            echo "INSERT INTO $t SELECT seq, FLOOR(RAND() * 50000),"
            echo "  CONCAT(ELT(1 + FLOOR(RAND() * 20), $firsts), ' ', ELT(1 + FLOOR(RAND() * 20), $lasts)),"
            echo "  CONCAT(LOWER(ELT(1 + FLOOR(RAND() * 20), $lasts)), FLOOR(RAND() * 10000), '@', ELT(1 + FLOOR(RAND() * 4), 'example.com', 'mail.test', 'corp.example', 'shop.test')),"
            echo "  ELT(1 + FLOOR(RAND() * 5), 'new', 'paid', 'shipped', 'refunded', 'cancelled'),"
            echo "  ROUND(RAND() * RAND() * 5000, 2), 1 + FLOOR(RAND() * 20),"
            echo "  TIMESTAMP('2024-01-01') + INTERVAL FLOOR(RAND() * 63072000) SECOND,"
            echo "  IF(RAND() < 0.2, NULL, $sentence),"
            echo "  IF(RAND() < 0.1, NULL, JSON_OBJECT('source', ELT(1 + FLOOR(RAND() * 4), 'web', 'app', 'phone', 'store'),"
            echo "     'items', JSON_ARRAY(FLOOR(RAND() * 90000), FLOOR(RAND() * 90000)), 'score', ROUND(RAND() * 100, 1),"
            echo "     'tag', $w, 'comment', $sentence))"
            echo "  FROM seq_1_to_$rows;"
        done
    } | mariadb --no-defaults -S "$sock" -uroot
}
