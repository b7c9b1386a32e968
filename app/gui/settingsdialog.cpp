// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "settings/settings.h"
#include "settings/translations.h"
#include "themechoice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// The reader's text is a little larger than the window's own.
int defaultReaderPointSize()
{
    const QFont font = QApplication::font();
    return int(std::lround(font.pointSizeF() > 0 ? font.pointSizeF() * 1.15 : 11));
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
    , m_startLanguage(Settings::language().get())
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Configure Gloss"));
    m_pages->addTab(createAppearancePage(), tr("&Appearance"));
    m_pages->addTab(createAnnotationPage(), tr("A&nnotations"));
    m_pages->addTab(createExportPage(), tr("E&xport"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"theme"_s);
    for (const ThemeChoice &choice : ThemeChoice::all()) {
        m_theme->addItem(choice.label, choice.name);
    }
    m_theme->insertSeparator(1);
    m_windowColours = new QCheckBox(tr("Colour the &whole window with the theme"), page);
    m_windowColours->setObjectName(u"windowColours"_s);
    m_windowColours->setToolTip(tr("For a dark window where the desktop has no dark mode of its own"));
    // Following the system, the window has the system's colours already.
    const auto updateWindowColours = [this] { m_windowColours->setEnabled(!m_theme->currentData().toString().isEmpty()); };
    connect(m_theme, &QComboBox::currentIndexChanged, this, updateWindowColours);

    m_defaultFont = new QCheckBox(tr("Use the &system font"), page);
    m_font = new QFontComboBox(page);
    m_font->setObjectName(u"readerFont"_s);
    m_font->setAccessibleName(tr("Reader font"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(u"readerFontSize"_s);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Reader font size"));
    connect(m_defaultFont, &QCheckBox::toggled, this, [this](bool useDefault) {
        m_font->setEnabled(!useDefault);
        m_fontSize->setEnabled(!useDefault);
    });
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Translations::available()) {
        m_language->addItem(Translations::nativeName(code), code);
    }
    m_languageNote = hint(tr("Gloss starts in the new language the next time it is opened."), page);
    m_languageNote->setObjectName(u"languageNote"_s);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Colour &theme:"), m_theme);
    form->addRow(QString(), m_windowColours);
    form->addRow(hint(tr("Colours the reader, its entities and the timeline. Follow System picks a light or dark "
                         "theme to match the desktop."),
                      page));
    form->addRow(tr("Reader font:"), m_defaultFont);
    auto *fontLabel = new QLabel(tr("&Font and size:"), page);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_languageNote);
    return page;
}

QWidget *SettingsDialog::createAnnotationPage()
{
    auto *page = new QWidget(this);
    m_author = new QLineEdit(page);
    m_author->setObjectName(u"author"_s);
    m_author->setPlaceholderText(Settings::systemUserName());
    m_author->setClearButtonEnabled(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Author name:"), m_author);
    form->addRow(hint(tr("Every annotation you make carries this name, so notes from several people can be told "
                         "apart in exports. Left empty, your account's name is used."),
                      page));
    return page;
}

QWidget *SettingsDialog::createExportPage()
{
    auto *page = new QWidget(this);
    m_pageSize = new QComboBox(page);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), u"A4"_s);
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), u"Letter"_s);
    m_csvBom = new QCheckBox(tr("Start CSV files with a &byte order mark"), page);
    m_csvBom->setObjectName(u"csvBom"_s);
    auto *form = new QFormLayout(page);
    form->addRow(tr("PDF report &page size:"), m_pageSize);
    form->addRow(tr("CSV:"), m_csvBom);
    form->addRow(hint(tr("Microsoft Excel needs the mark to read accented letters correctly; most other programs "
                         "do not."),
                      page));
    form->addRow(hint(tr("These are the defaults the export dialog starts with."), page));
    return page;
}

void SettingsDialog::load()
{
    selectData(m_theme, Settings::theme().get());
    m_windowColours->setChecked(Settings::windowColours().get());
    m_windowColours->setEnabled(!m_theme->currentData().toString().isEmpty());
    const QString family = Settings::readerFont().get();
    const int size = Settings::readerFontSize().get();
    m_defaultFont->setChecked(family.isEmpty() && size <= 0);
    m_font->setCurrentFont(QFont(family.isEmpty() ? QApplication::font().family() : family));
    m_fontSize->setValue(size > 0 ? size : defaultReaderPointSize());
    selectData(m_language, Settings::language().get());
    const QString author = Settings::authorName().get();
    m_author->setText(author == Settings::authorName().defaultValue() ? QString() : author);
    selectData(m_pageSize, Settings::exportPageSize().get());
    m_csvBom->setChecked(Settings::exportByteOrderMark().get());
    updateLanguageNote();
}

void SettingsDialog::restoreDefaults()
{
    selectData(m_theme, Settings::theme().defaultValue());
    m_windowColours->setChecked(Settings::windowColours().defaultValue());
    m_defaultFont->setChecked(true);
    m_font->setCurrentFont(QApplication::font());
    m_fontSize->setValue(defaultReaderPointSize());
    selectData(m_language, Settings::language().defaultValue());
    m_author->clear();
    selectData(m_pageSize, Settings::exportPageSize().defaultValue());
    m_csvBom->setChecked(Settings::exportByteOrderMark().defaultValue());
}

void SettingsDialog::apply()
{
    Settings::theme().set(m_theme->currentData().toString());
    Settings::windowColours().set(m_windowColours->isChecked());
    if (m_defaultFont->isChecked()) {
        Settings::readerFont().reset();
        Settings::readerFontSize().reset();
    } else {
        Settings::readerFont().set(m_font->currentFont().family());
        Settings::readerFontSize().set(m_fontSize->value());
    }
    const QString language = m_language->currentData().toString();
    if (language.isEmpty()) {
        Settings::language().reset();
    } else {
        Settings::language().set(language);
    }
    const QString author = m_author->text().simplified();
    if (author.isEmpty()) {
        Settings::authorName().reset();
    } else {
        Settings::authorName().set(author);
    }
    Settings::exportPageSize().set(m_pageSize->currentData().toString());
    Settings::exportByteOrderMark().set(m_csvBom->isChecked());
    Q_EMIT applied();
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

} // namespace Gloss
