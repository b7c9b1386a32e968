// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/recentdatabases.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestRecentDatabases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlossTest"_s);
        QCoreApplication::setApplicationName(u"tst_recentdatabases"_s);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void mostRecentFirstWithoutDuplicates()
    {
        const QString a = file(u"a.gloss"_s);
        const QString b = file(u"b.gloss"_s);
        RecentDatabases::add(a);
        RecentDatabases::add(b);
        QCOMPARE(RecentDatabases::paths(), QStringList({b, a}));
        RecentDatabases::add(a);
        QCOMPARE(RecentDatabases::paths(), QStringList({a, b}));
        // The same file by another spelling of its path is the same entry.
        RecentDatabases::add(m_dir.path() + u"/./sub/../b.gloss"_s);
        QCOMPARE(RecentDatabases::paths(), QStringList({b, a}));
        RecentDatabases::add(QString());
        QCOMPARE(RecentDatabases::paths().size(), 2);
    }

    void keepsTheLastTen()
    {
        QStringList added;
        for (int i = 0; i < 14; ++i) {
            added.prepend(file(u"corpus%1.gloss"_s.arg(i)));
            RecentDatabases::add(added.constFirst());
        }
        QCOMPARE(RecentDatabases::paths().size(), RecentDatabases::MaxCount);
        QCOMPARE(RecentDatabases::paths(), added.mid(0, RecentDatabases::MaxCount));
        QCOMPARE(Settings::recentDatabases().get().size(), RecentDatabases::MaxCount);
    }

    void pruneTakesOutMissingFiles()
    {
        const QString kept = file(u"kept.gloss"_s);
        const QString gone = file(u"gone.gloss"_s);
        RecentDatabases::add(gone);
        RecentDatabases::add(kept);
        QVERIFY(QFile::remove(gone));
        QCOMPARE(RecentDatabases::prune(), QStringList{gone});
        QCOMPARE(RecentDatabases::paths(), QStringList{kept});
        QCOMPARE(Settings::recentDatabases().get(), QStringList{kept});
        QVERIFY(RecentDatabases::prune().isEmpty());
    }

    void removeAndClear()
    {
        const QString a = file(u"a.gloss"_s);
        const QString b = file(u"b.gloss"_s);
        RecentDatabases::add(a);
        RecentDatabases::add(b);
        RecentDatabases::remove(a);
        QCOMPARE(RecentDatabases::paths(), QStringList{b});
        RecentDatabases::clear();
        QVERIFY(RecentDatabases::paths().isEmpty());
        QVERIFY(!QSettings().contains(Settings::recentDatabases().key()));
    }

    // Whatever another version wrote under the key, the list comes back clean.
    void toleratesAStoredListItDidNotWrite()
    {
        const QString a = file(u"a.gloss"_s);
        QSettings().setValue(Settings::recentDatabases().key(), QStringList({a, QString(), a, u"relative.gloss"_s}));
        const QStringList paths = RecentDatabases::paths();
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths.constFirst(), a);
        QVERIFY(QFileInfo(paths.constLast()).isAbsolute());
    }

private:
    QString file(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Test::writeFile(path, "x");
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecentDatabases)
#include "tst_recentdatabases.moc"
