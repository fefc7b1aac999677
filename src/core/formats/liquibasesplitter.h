#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace backstep {

// How a Liquibase changeset's SQL becomes statements (StringUtil.processMultiLineSQL in
// liquibase-standard; docs/formats.md, "Liquibase formatted SQL"):
//  - comments are removed when stripComments (the default), no blank put in their place;
//  - without endDelimiter a statement ends at `;`, or at `go` or `/` standing after a line
//    end; a one-character endDelimiter is compared as it is; a longer one is also tried as
//    a regular expression on the piece and the one before it, as Liquibase does;
//  - a BEGIN (not BEGIN TRANSACTION and the like) raises a counter and any END lowers it,
//    and nothing is split while it is above zero, so an END IF closes a BEGIN too (the
//    quirk is kept: Backstep sends what Liquibase sent);
//  - splitStatements:false sends the whole text as one statement.
class LiquibaseSplitter
{
public:
    struct Options
    {
        bool stripComments = true;
        bool splitStatements = true;
        QString endDelimiter; // empty: Liquibase's defaults (;, go, /)
    };
    // One statement as Liquibase sends it, and its extent in the text.
    struct Piece
    {
        QString sql;
        qsizetype begin = 0;
        qsizetype end = 0;
        // The counting saw a BEGIN in this piece, so it may hold several statements of the
        // server's (LiquibaseReader's cut warning reads such a piece again).
        bool countedBegin = false;
    };
    static QList<Piece> split(QStringView text, const Options &options);
};

} // namespace backstep
