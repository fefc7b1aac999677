#include "core/version.h"

namespace backstep {

namespace {

QStringView leadingRun(QStringView text, bool digits)
{
    qsizetype n = 0;
    while (n < text.size() && text[n].isDigit() == digits)
        ++n;
    return text.first(n);
}

int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.sliced(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

int compareVersions(const QString &left, const QString &right)
{
    QStringView a(left);
    QStringView b(right);
    while (!a.isEmpty() && !b.isEmpty()) {
        const bool digits = a.front().isDigit();
        if (digits != b.front().isDigit())
            return digits ? -1 : 1;
        const QStringView runA = leadingRun(a, digits);
        const QStringView runB = leadingRun(b, digits);
        const int order = digits ? compareNumbers(runA, runB) : runA.compare(runB);
        if (order != 0)
            return order < 0 ? -1 : 1;
        a = a.sliced(runA.size());
        b = b.sliced(runB.size());
    }
    if (a.isEmpty() && b.isEmpty())
        return 0;
    return a.isEmpty() ? -1 : 1;
}

QString versionKey(const QString &version)
{
    QString key;
    key.reserve(version.size());
    QStringView rest(version);
    while (!rest.isEmpty()) {
        const bool digits = rest.front().isDigit();
        QStringView run = leadingRun(rest, digits);
        rest = rest.sliced(run.size());
        if (digits)
            while (run.size() > 1 && run.front() == u'0')
                run = run.sliced(1);
        key += run;
        key += u'\x1f'; // keeps "1" "23" apart from "12" "3"
    }
    return key;
}

} // namespace backstep
