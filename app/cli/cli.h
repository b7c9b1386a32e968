// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Gloss {

class Database;

// `gloss <command> [--db FILE]`: works without a display, prints JSON on stdout and a one-line
// error on stderr, and exits 0 (ok), 1 (usage), 2 (bad input) or 3 (database error).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseFailure = 3 };

    Cli(QTextStream &out, QTextStream &err);
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    // Whether these arguments (without the program name) ask for the command line rather than
    // the window: a command word, --help or --version.
    static bool wantsCommandLine(const QStringList &arguments);
    // Whether the command lays out text (a PDF report): it then needs a QGuiApplication for
    // Qt's fonts, on the offscreen platform so it still needs no display.
    static bool needsFonts(const QStringList &arguments);

    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &arguments);
    int runDocuments(const QStringList &arguments);
    int runShow(const QStringList &arguments);
    int runEntities(const QStringList &arguments);
    int runTimeline(const QStringList &arguments);
    int runRecognize(const QStringList &arguments);
    int runAnnotate(const QStringList &arguments);
    int runAnnotations(const QStringList &arguments);
    int runCodes(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runCopy(const QStringList &arguments);

    Importer::ProgressCallback progressPrinter();
    int parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
    int readDocumentOption(const QCommandLineParser &parser, const QCommandLineOption &doc, qint64 &documentId);
    int insertTimeline(QJsonObject &object, qint64 documentId);
    int usageError(const QString &message);
    int fail(int code, const QString &message);
    int openDatabase();
    void printJson(const class QJsonValue &value);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    bool m_defaultDatabase = true;
    std::unique_ptr<Database> m_database;
};

} // namespace Gloss
