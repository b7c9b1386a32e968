// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Gloss {

// Settings › Configure Gloss: the colour theme, the reader's font, the author name annotations
// carry, the window's language (used from the next start) and the export defaults. Shows the
// stored values (Settings) and writes them on OK or Apply; `applied` tells the window to use them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes every field to Settings and emits applied().
    void apply();
    // Puts the defaults in the fields (nothing is stored until OK or Apply).
    void restoreDefaults();
    void accept() override;

    QTabWidget *pages() const { return m_pages; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *windowColoursBox() const { return m_windowColours; }
    QCheckBox *defaultFontBox() const { return m_defaultFont; }
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *authorField() const { return m_author; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QCheckBox *csvBomBox() const { return m_csvBom; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void applied();

private:
    QWidget *createAppearancePage();
    QWidget *createAnnotationPage();
    QWidget *createExportPage();
    void load();
    void updateLanguageNote();

    QTabWidget *m_pages = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_windowColours = nullptr;
    QCheckBox *m_defaultFont = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_csvBom = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_startLanguage; // the language in effect since the window started
};

} // namespace Gloss
