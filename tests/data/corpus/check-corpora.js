#!/usr/bin/env node
// Applies every corpus under tests/data/corpus/ to a real server the way its tool would,
// UP by UP, then DOWN by DOWN, and checks that each DOWN brings back exactly the schema
// (mariadb-dump --no-data --routines --triggers, AUTO_INCREMENT counters ignored) and
// the data that were there before its UP. See docs/formats.md for the rules emulated.
//
//   NODE_PATH=<dir with the npm package `mysql`> \
//   CORPUS_CLIENT=<command prefix that runs the mariadb client tools, e.g. a wrapper
//                  around scripts/lib/platform.sh's in_toolchain> \
//   node tests/data/corpus/check-corpora.js STATE_DIR [format ...]
//
// STATE_DIR is a tests/support/mariadb-sandbox state folder (port, password, socket).
// For a MySQL server: CORPUS_CLIENT_FAMILY=mysql (the mysql client and mysqldump, fed on
// standard input), CORPUS_DRIVER=mysql2 (MySQL 9 has only caching_sha2_password),
// CORPUS_USER=root and CORPUS_SOCKET_CONNECT=1 (connect over STATE_DIR/socket).
// How each section reaches the server:
//   plain, flyway, sqitch        the mariadb client (`source FILE`): DELIMITER, comments
//                                as the client treats them
//   dbmate, golang-migrate,      ONE multi-statement query per section (CLIENT_MULTI_
//   db-migrate                   STATEMENTS), as go-sql-driver and mysqljs send it
//   goose, sql-migrate,          the tool's own splitting rules, then one query per
//   liquibase                    statement without multi-statements
// Exit status 0 when every corpus round-trips, 1 otherwise.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const mysql = require(process.env.CORPUS_DRIVER || 'mysql');
const family = process.env.CORPUS_CLIENT_FAMILY || 'mariadb';
const user = process.env.CORPUS_USER || 'backstep';

const here = __dirname;
const state = process.argv[2];
if (!state) {
  console.error('usage: check-corpora.js STATE_DIR [format ...]');
  process.exit(2);
}
const only = process.argv.slice(3);
const port = Number(fs.readFileSync(path.join(state, 'port'), 'utf8'));
const password = fs.readFileSync(path.join(state, 'password'), 'utf8').trim();
const socket = fs.readFileSync(path.join(state, 'socket'), 'utf8').trim();
const clientPrefix = (process.env.CORPUS_CLIENT || '').split(' ').filter(Boolean);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));

function tool(args, input) {
  const argv = clientPrefix.concat(args);
  return execFileSync(argv[0], argv.slice(1), { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

function connect(db, multi) {
  const where = process.env.CORPUS_SOCKET_CONNECT ? { socketPath: socket } : { host: '127.0.0.1', port };
  const conn = mysql.createConnection({ ...where, user, password, database: db,
                                        multipleStatements: multi, dateStrings: true });
  conn.on('error', () => {}); // a lost connection fails the query in progress; never crash
  return conn;
}

function query(conn, sql) {
  return new Promise((resolve, reject) => conn.query(sql, (e, r) => (e ? reject(e) : resolve(r))));
}

// ---------------------------------------------------------------------------------
// Executors
// ---------------------------------------------------------------------------------

async function runMulti(db, text) {
  const conn = connect(db, true);
  try {
    await query(conn, text);
  } finally {
    conn.destroy();
  }
}

async function runSingles(db, statements) {
  const conn = connect(db, false);
  try {
    for (const st of statements) await query(conn, st);
  } finally {
    conn.destroy();
  }
}

function runClientText(db, text) {
  const file = path.join(tmp, 'section.sql');
  fs.writeFileSync(file, text);
  if (family === 'mysql') {
    // Oracle's client has no --abort-source-on-error: feed the file on standard input
    // (batch mode stops at the first error and exits 1).
    tool(['mysql', '--no-defaults', '--socket=' + socket, '-uroot', db], text);
    return;
  }
  // --abort-source-on-error: as Sqitch passes it to a MariaDB client; without it the
  // client goes on after an error in a sourced file and exits 0.
  tool(['mariadb', '--no-defaults', '--socket=' + socket, '-uroot', '--abort-source-on-error', db,
        '-e', 'source ' + file]);
}

function snapshot(db) {
  const strip = (t) => t.replace(/ AUTO_INCREMENT=\d+/g, '').replace(/^-- .*$/gm, '');
  const common = ['--no-defaults', '--socket=' + socket, '-uroot', '--skip-dump-date'];
  // MySQL 9.7 runs with GTIDs: their SET @@GLOBAL.GTID_PURGED line changes with every statement.
  if (family === 'mysql') common.push('--set-gtid-purged=OFF');
  const dump = family === 'mysql' ? 'mysqldump' : 'mariadb-dump';
  const schema = tool([dump, ...common, '--no-data', '--routines', '--triggers', db]);
  const data = tool([dump, ...common, '--no-create-info', '--skip-triggers',
                     '--skip-extended-insert', '--order-by-primary', db]);
  return strip(schema) + '\n--DATA--\n' + strip(data);
}

async function freshDatabase(db) {
  const conn = connect(null, true);
  try {
    await query(conn, 'DROP DATABASE IF EXISTS `' + db + '`; CREATE DATABASE `' + db + '`');
  } finally {
    conn.destroy();
  }
}

// ---------------------------------------------------------------------------------
// The tools' splitting rules (docs/formats.md)
// ---------------------------------------------------------------------------------

// goose v3 internal/sqlparser: a statement ends at a line whose last word (before a word
// starting with --) ends with ';'; StatementBegin/End blocks are one statement; comment
// and blank lines before a statement are skipped.
function gooseSections(text) {
  const out = { up: [], down: [] };
  let dir = null;
  let inBlock = false;
  let buf = [];
  const endsWithSemicolon = (line) => {
    let prev = '';
    for (const w of line.split(/\s+/).filter(Boolean)) {
      if (w.startsWith('--')) break;
      prev = w;
    }
    return prev.endsWith(';');
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('--') && line.includes('+goose')) {
      const cmd = line.replace(/--/g, '').replace('+goose', '').trim().toLowerCase();
      if (cmd === 'up') dir = 'up';
      else if (cmd === 'down') dir = 'down';
      else if (cmd === 'statementbegin') inBlock = true;
      else if (cmd === 'statementend') {
        inBlock = false;
        out[dir].push(buf.join('\n').trim());
        buf = [];
      }
      continue;
    }
    if (buf.length === 0 && (t.startsWith('--') || line === '')) continue;
    if (!dir) continue;
    buf.push(line);
    if (!inBlock && endsWithSemicolon(line)) {
      out[dir].push(buf.join('\n').trim());
      buf = [];
    }
  }
  if (buf.join('').trim()) throw new Error('goose: unfinished statement ' + buf.join(' '));
  return out;
}

// sql-migrate sqlparse: lines starting with '-- ' (not '-- +') are dropped, '-- +migrate'
// commands switch direction and blocks, ';' at the end of a line's last word ends a
// statement; migrate.go strips a trailing newline, space and ';' before Exec.
function sqlMigrateSections(text) {
  const out = { up: [], down: [] };
  let dir = null;
  let ignore = false;
  let buf = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('-- ') && !line.startsWith('-- +')) continue;
    let ended = false;
    if (line.startsWith('-- +migrate ')) {
      const cmd = line.slice('-- +migrate '.length).trim().split(/\s+/)[0];
      if (cmd === 'Up') dir = 'up';
      else if (cmd === 'Down') dir = 'down';
      else if (cmd === 'StatementBegin') ignore = true;
      else if (cmd === 'StatementEnd') { ended = ignore; ignore = false; }
    }
    if (!dir) continue;
    if (!line.startsWith('-- +')) buf += line + '\n';
    let last = '';
    for (const w of line.split(/\s+/).filter(Boolean)) { if (w.startsWith('--')) break; last = w; }
    if ((!ignore && last.endsWith(';')) || ended) {
      let st = buf;
      st = st.replace(/\n$/, '').replace(/ $/, '').replace(/;$/, '');
      if (st.trim()) out[dir].push(st);
      buf = '';
    }
  }
  return out;
}

// Splits on ';' outside quotes and comments (enough for the Liquibase changesets without
// endDelimiter and for --rollback text here).
function splitSemicolons(text) {
  const out = [];
  let cur = '';
  let q = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      cur += c;
      if (c === '\\') { cur += text[++i] || ''; continue; }
      if (c === q) q = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') { q = c; cur += c; continue; }
    if (c === '-' && text[i + 1] === '-' && /\s/.test(text[i + 2] || ' ')) {
      while (i < text.length && text[i] !== '\n') i++;
      cur += '\n';
      continue;
    }
    if (c === ';') { if (cur.trim()) out.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

// Liquibase formatted SQL: changesets, endDelimiter, --rollback lines.
function liquibaseChangesets(text) {
  const sets = [];
  let cur = null;
  for (const line of text.split('\n')) {
    const m = line.match(/^--\s*changeset\s+([^:]+):(\S+)(.*)$/i);
    if (m) {
      const end = (m[3].match(/\bendDelimiter:(\S*)/i) || [])[1] || null;
      const rend = (m[3].match(/\brollbackEndDelimiter:(\S*)/i) || [])[1] || null;
      cur = { id: m[2], endDelimiter: end, rollbackEndDelimiter: rend, body: [], rollback: [] };
      sets.push(cur);
      continue;
    }
    if (!cur) continue;
    const r = line.match(/^--\s*rollback (.*)$/i);
    if (r) { cur.rollback.push(r[1]); continue; }
    if (/^--\s*comment:? /i.test(line)) continue;
    cur.body.push(line);
  }
  const byLine = (text, delimiter) =>
    text.split(new RegExp('^\\s*' + delimiter.replace(/[/]/g, '\\/') + '\\s*$', 'm'))
      .map((x) => x.trim()).filter(Boolean);
  return sets.map((s) => {
    const body = s.body.join('\n');
    const rollback = s.rollback.join('\n');
    const up = s.endDelimiter ? byLine(body, s.endDelimiter) : splitSemicolons(body);
    const down = s.rollbackEndDelimiter ? byLine(rollback, s.rollbackEndDelimiter) : splitSemicolons(rollback);
    return { id: s.id, up, down };
  });
}

function markedSections(text, upRe, downRe, keepMarker) {
  const lines = text.split('\n');
  let dir = null;
  const out = { up: [], down: [] };
  for (const line of lines) {
    if (upRe.test(line)) { dir = 'up'; if (keepMarker) out.up.push(line); continue; }
    if (downRe.test(line)) { dir = 'down'; if (keepMarker) out.down.push(line); continue; }
    if (dir) out[dir].push(line);
  }
  return { up: out.up.join('\n') + '\n', down: out.down.join('\n') + '\n' };
}

// ---------------------------------------------------------------------------------
// Per format: a list of steps { name, up(db), down(db), verify?(db), verifyGone?(db) }
// ---------------------------------------------------------------------------------

function manifestOf(fmt) {
  return JSON.parse(fs.readFileSync(path.join(here, fmt, 'corpus.json'), 'utf8'));
}

function read(fmt, rel) {
  return fs.readFileSync(path.join(here, fmt, rel), 'utf8');
}

function steps(fmt) {
  const man = manifestOf(fmt);
  switch (fmt) {
  case 'plain':
    return man.migrations.map((m) => {
      const sec = markedSections(read(fmt, m.files[0]), /^\s*--\s*UP\s*$/, /^\s*--\s*DOWN\s*$/, false);
      return { name: m.version, up: (db) => runClientText(db, sec.up), down: (db) => runClientText(db, sec.down) };
    });
  case 'flyway':
    return man.migrations.map((m) => ({
      name: m.version,
      up: (db) => runClientText(db, read(fmt, m.files[0])),
      down: (db) => runClientText(db, read(fmt, m.files[1])),
    }));
  case 'dbmate':
    return man.migrations.map((m) => {
      // dbmate sends the section from its marker line (included) to the next marker.
      const sec = markedSections(read(fmt, m.files[0]), /^--\s*migrate:up(\s*$|\s+\S+)/, /^--\s*migrate:down(\s*$|\s+\S+)/, true);
      return { name: m.version, up: (db) => runMulti(db, sec.up), down: (db) => runMulti(db, sec.down) };
    });
  case 'golang-migrate':
  case 'db-migrate': {
    const upIndex = fmt === 'db-migrate' ? 1 : 0;
    return man.migrations.map((m) => ({
      name: m.version,
      up: (db) => runMulti(db, read(fmt, m.files[upIndex])),
      down: (db) => runMulti(db, read(fmt, m.files[upIndex + 1])),
    }));
  }
  case 'goose':
    return man.migrations.map((m) => {
      const sec = gooseSections(read(fmt, m.files[0]));
      return { name: m.version, up: (db) => runSingles(db, sec.up), down: (db) => runSingles(db, sec.down),
               counts: [sec.up.length, sec.down.length] };
    });
  case 'sql-migrate':
    return man.migrations.map((m) => {
      const sec = sqlMigrateSections(read(fmt, m.files[0]));
      return { name: m.version, up: (db) => runSingles(db, sec.up), down: (db) => runSingles(db, sec.down),
               counts: [sec.up.length, sec.down.length] };
    });
  case 'liquibase':
    return liquibaseChangesets(read(fmt, 'changelog.sql')).map((c) => ({
      name: c.id, up: (db) => runSingles(db, c.up), down: (db) => runSingles(db, c.down),
      counts: [c.up.length, c.down.length],
    }));
  case 'sqitch':
    return man.migrations.map((m) => ({
      name: m.version,
      up: (db) => runClientText(db, read(fmt, m.files[0])),
      down: (db) => runClientText(db, read(fmt, m.files[1])),
      verify: (db) => runClientText(db, read(fmt, m.files[2])),
    }));
  default:
    throw new Error('unknown format ' + fmt);
  }
}

async function ensureSqitchRegistryFunction() {
  // verify scripts call sqitch.checkit(), which Sqitch's MySQL registry installs
  // (lib/App/Sqitch/Engine/mysql.sql); the same function in a `sqitch` database.
  runClientText('mysql', [
    'CREATE DATABASE IF NOT EXISTS sqitch;',
    'USE sqitch;',
    'DROP FUNCTION IF EXISTS checkit;',
    'DELIMITER |',
    'CREATE FUNCTION checkit(doit INTEGER, message VARCHAR(256)) RETURNS INTEGER DETERMINISTIC',
    'BEGIN',
    "    IF doit IS NULL OR doit = 0 THEN",
    "        SIGNAL SQLSTATE 'ERR0R' SET MESSAGE_TEXT = message;",
    '    END IF;',
    '    RETURN doit;',
    'END;',
    '|',
    'DELIMITER ;',
  ].join('\n') + '\n');
}

async function check(fmt) {
  const db = 'corpus_' + fmt.replace(/-/g, '_');
  await freshDatabase(db);
  const list = steps(fmt);
  const before = [];
  const problems = [];
  for (const st of list) {
    before.push(snapshot(db));
    try {
      await st.up(db);
    } catch (e) {
      problems.push(`${st.name} UP failed: ${e.message || e}`);
      return problems;
    }
    if (st.verify) {
      try { st.verify(db); } catch (e) { problems.push(`${st.name} verify after deploy failed: ${e.stderr || e.message}`); }
    }
  }
  for (let i = list.length - 1; i >= 0; i--) {
    const st = list[i];
    try {
      await st.down(db);
    } catch (e) {
      problems.push(`${st.name} DOWN failed: ${e.message || e}`);
      return problems;
    }
    const now = snapshot(db);
    if (now !== before[i]) {
      const a = before[i].split('\n');
      const b = now.split('\n');
      const diff = [];
      for (let k = 0; k < Math.max(a.length, b.length) && diff.length < 6; k++)
        if (a[k] !== b[k]) diff.push(`  line ${k + 1}: expected ${JSON.stringify(a[k])}, got ${JSON.stringify(b[k])}`);
      problems.push(`${st.name} DOWN did not restore the state before its UP:\n${diff.join('\n')}`);
    }
    if (st.verify) {
      let failed = false;
      try { st.verify(db); } catch (e) { failed = true; }
      if (!failed) problems.push(`${st.name} verify still passes after revert`);
      if (i > 0) {
        try { list[i - 1].verify(db); } catch (e) { problems.push(`${list[i - 1].name} verify fails after reverting ${st.name}`); }
      }
    }
  }
  // And up again: every DOWN left the database fit for its UP.
  for (const st of list) {
    try { await st.up(db); } catch (e) { problems.push(`${st.name} UP after the round trip failed: ${e.message || e}`); break; }
  }
  return problems;
}

(async () => {
  const formats = only.length ? only
    : ['plain', 'dbmate', 'golang-migrate', 'goose', 'sql-migrate', 'flyway', 'liquibase', 'sqitch', 'db-migrate'];
  let failed = 0;
  if (formats.includes('sqitch')) await ensureSqitchRegistryFunction();
  for (const fmt of formats) {
    const problems = await check(fmt);
    const counts = steps(fmt).filter((s) => s.counts).map((s) => `${s.name}:${s.counts.join('/')}`);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${fmt}`);
      for (const p of problems) console.log('  ' + p);
    } else {
      console.log(`ok   ${fmt}${counts.length ? '  (statements up/down: ' + counts.join(' ') + ')' : ''}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${formats.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
