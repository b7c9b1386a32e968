// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "icons.h"
#include "themeprovider.h"
#include "version.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QMessageBox>
#include <QSysInfo>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

#ifndef GLOSS_KSYNTAXHIGHLIGHTING_VERSION
#error "GLOSS_KSYNTAXHIGHLIGHTING_VERSION comes from the KF6SyntaxHighlighting CMake package (app/gui/CMakeLists.txt)"
#endif

namespace Gloss {

namespace {

struct GazetteerHeader {
    QString file;
    QString description;
    QString licence;
    QStringList sources;
};

// The '#' header every bundled gazetteer list starts with (see resources/gazetteer/SOURCES.md):
// "# NAME - what it is", "# Licence: …", "# Sources (see SOURCES.md):" and indented source lines.
GazetteerHeader readHeader(const QString &path)
{
    GazetteerHeader header;
    header.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return header;
    }
    bool inSources = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'#')) {
            break;
        }
        const QString text = line.mid(1).trimmed();
        if (inSources && line.startsWith(u"#  "_s)) {
            header.sources << text;
            continue;
        }
        inSources = text.startsWith(u"Sources"_s);
        if (header.description.isEmpty() && text.startsWith(header.file + u" - "_s)) {
            header.description = text.mid(header.file.size() + 3);
        } else if (text.startsWith(u"Licence:"_s)) {
            header.licence = text.mid(8).trimmed();
        }
    }
    return header;
}

QTreeWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Gloss"));
    m_pages->addTab(createAboutPage(), tr("&About"));
    m_pages->addTab(createComponentsPage(), tr("&Components"));
    m_pages->addTab(createSourcesPage(), tr("&Data Sources"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(640, 460);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString AboutDialog::syntaxHighlightingVersion()
{
    return QStringLiteral(GLOSS_KSYNTAXHIGHLIGHTING_VERSION);
}

QWidget *AboutDialog::createAboutPage()
{
    auto *page = new QWidget(this);
    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::application().pixmap(QSize(96, 96), devicePixelRatio()));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setAccessibleName(tr("Gloss icon"));
    auto *title = new QLabel(tr("Gloss %1").arg(QLatin1StringView(Version)), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    auto *text = new QLabel(page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<p>A workbench for reading a corpus of news articles, seeing who, what, where and when at a "
                     "glance, annotating passages and exporting the notes.</p>"
                     "<p>Everything stays on this computer: articles and notes live in one SQLite file, and "
                     "nothing is fetched from the network.</p>"
                     "<p>Licensed under the GNU General Public License, version 3 or later.</p>"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(2);
    return page;
}

QWidget *AboutDialog::createComponentsPage()
{
    auto *page = new QWidget(this);
    m_components = table({tr("Component"), tr("Version"), tr("Licence"), tr("Notes")}, page);
    m_components->setObjectName(u"components"_s);
    const auto add = [this](const QString &name, const QString &version, const QString &licence, const QString &notes) {
        auto *item = new QTreeWidgetItem(m_components, {name, version, licence, notes});
        item->setToolTip(3, notes);
    };
    KSyntaxHighlighting::Repository &repository = ThemeProvider::instance().repository();
    add(tr("Gloss"), QLatin1StringView(Version), u"GPL-3.0-or-later"_s, QString());
    const QString qtRuntime = QString::fromLatin1(qVersion());
    add(tr("Qt"), qtRuntime, u"LGPL-3.0-only"_s,
        qtRuntime == QLatin1StringView(QT_VERSION_STR) ? QString()
                                                       : tr("built with %1").arg(QLatin1StringView(QT_VERSION_STR)));
    add(tr("KSyntaxHighlighting"), syntaxHighlightingVersion(), u"MIT"_s,
        tr("%n syntax definition(s)", nullptr, int(repository.definitions().size())) + u", "_s
            + tr("%n colour theme(s)", nullptr, int(repository.themes().size())));
    const QString sqliteBuilt = QStringLiteral(SQLITE_VERSION);
    add(tr("SQLite"), sqliteVersion(), tr("public domain"),
        sqliteVersion() == sqliteBuilt ? tr("full-text search with FTS5")
                                       : tr("full-text search with FTS5; built with %1").arg(sqliteBuilt));
    add(tr("System"), QSysInfo::prettyProductName(), QString(),
        tr("%1, %2").arg(QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName()));
    for (int column = 0; column < 3; ++column) {
        m_components->resizeColumnToContents(column);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_components);
    return page;
}

QWidget *AboutDialog::createSourcesPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Gloss recognises entities with its own rules and these word lists, built from "
                                "packaged, openly licensed data (resources/gazetteer/SOURCES.md tells how):"),
                             page);
    intro->setWordWrap(true);
    m_sources = table({tr("List"), tr("Licence"), tr("Sources")}, page);
    m_sources->setObjectName(u"dataSources"_s);
    const QStringList files = QDir(u":/gloss/gazetteer"_s).entryList({u"*.tsv"_s, u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const GazetteerHeader header = readHeader(u":/gloss/gazetteer/"_s + name);
        auto *item = new QTreeWidgetItem(m_sources, {header.file, header.licence, header.sources.join(u'\n')});
        item->setToolTip(0, header.description);
        item->setToolTip(1, header.licence);
        item->setToolTip(2, header.sources.join(u'\n'));
    }
    m_sources->resizeColumnToContents(0);
    m_sources->setColumnWidth(1, 220);
    auto *sample = new QLabel(tr("The sample corpus a new installation opens with holds five news reports of "
                                 "2023–2024, for trying Gloss out."),
                              page);
    sample->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_sources, 1);
    layout->addWidget(sample);
    return page;
}

} // namespace Gloss
