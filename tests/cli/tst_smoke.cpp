// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `gloss` binary the way users and scripts do.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_gloss = Gloss::Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(m_gloss).isExecutable(), qPrintable(m_gloss));
        QVERIFY(m_home.isValid());
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_gloss, {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("gloss "));

        process.start(m_gloss, {u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("Usage: gloss"));
    }

    void defaultCorpusHoldsTheSample()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_gloss, {u"documents"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray documents = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(documents.size(), 5);
    }

    void usageErrorExitsOne()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_gloss, {u"no-such-command"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray error = process.readAllStandardError();
        QVERIFY(error.startsWith("gloss: "));
        QCOMPARE(error.count('\n'), 1);
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        return env;
    }

    QString m_gloss;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
