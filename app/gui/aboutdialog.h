// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTabWidget;
class QTreeWidget;

namespace Gloss {

// Help › About Gloss: the version, the libraries it runs on (Qt, KSyntaxHighlighting, SQLite;
// the version built against and the one loaded) and the data it ships with, with licences.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QTabWidget *pages() const { return m_pages; }
    QTreeWidget *components() const { return m_components; }
    QTreeWidget *dataSources() const { return m_sources; }

    // "3.46.1": the SQLite library Gloss runs with.
    static QString sqliteVersion();
    // "6.13.0": the KSyntaxHighlighting Gloss was built against.
    static QString syntaxHighlightingVersion();

private:
    QWidget *createAboutPage();
    QWidget *createComponentsPage();
    QWidget *createSourcesPage();

    QTabWidget *m_pages = nullptr;
    QTreeWidget *m_components = nullptr;
    QTreeWidget *m_sources = nullptr;
};

} // namespace Gloss
