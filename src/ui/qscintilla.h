#pragma once

// QScintilla's headers use the `signals` and `slots` keywords, which QT_NO_KEYWORDS
// turns off for our code: give them the keywords for the length of the includes.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexercustom.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#undef signals
#undef slots
