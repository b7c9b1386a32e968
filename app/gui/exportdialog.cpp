// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/exporter.h"
#include "exportcontroller.h"
#include "settings/settings.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const QStringList ScopeNames = {u"corpus"_s, u"article"_s, u"code"_s, u"dates"_s};

QString namePart(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationCsv:
    case ExportFormat::JsonLd:
        return u"-annotations"_s;
    case ExportFormat::MentionCsv:
        return u"-mentions"_s;
    case ExportFormat::Pdf:
        return u"-report"_s;
    case ExportFormat::Qdpx:
        return QString();
    }
    return QString();
}

} // namespace

ExportDialog::ExportDialog(Database &database, qint64 currentDocumentId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_documentId(currentDocumentId)
{
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->addItem(tr("Spreadsheet (CSV)"), exportFormatName(ExportFormat::AnnotationCsv));
    m_format->addItem(tr("PDF report"), exportFormatName(ExportFormat::Pdf));
    m_format->addItem(tr("Web Annotations (JSON-LD)"), exportFormatName(ExportFormat::JsonLd));
    m_format->addItem(tr("REFI-QDA project (QDPX) for ATLAS.ti, MAXQDA, NVivo, QualCoder"), exportFormatName(ExportFormat::Qdpx));

    auto *scopeGroup = new QGroupBox(tr("What to export"), this);
    auto *scopeLayout = new QFormLayout(scopeGroup);
    m_scope = new QButtonGroup(this);
    const QStringList labels = {tr("The whole corpus"), tr("The current article"), tr("One code and the codes below it"),
                                tr("Articles published between")};
    for (int scope = WholeCorpus; scope <= DateRange; ++scope) {
        auto *button = new QRadioButton(labels.at(scope), scopeGroup);
        m_scope->addButton(button, scope);
    }
    scopeLayout->addRow(m_scope->button(WholeCorpus));
    scopeLayout->addRow(m_scope->button(CurrentArticle));
    m_code = new QComboBox(scopeGroup);
    if (Result<QList<Code>> codes = CodeBook(database).list()) {
        QHash<qint64, QString> paths;
        for (const Code &code : std::as_const(*codes)) {
            const QString path = code.parentId > 0 ? paths.value(code.parentId) + u'/' + code.name : code.name;
            paths.insert(code.id, path);
            m_code->addItem(path, code.id);
        }
    }
    scopeLayout->addRow(m_scope->button(OneCode), m_code);
    auto *dates = new QWidget(scopeGroup);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(dates);
    m_to = new QDateEdit(dates);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    QDate first = QDate::currentDate();
    QDate last = first;
    if (Result<QList<DocumentRepository::PublicationDay>> days = DocumentRepository(database).publicationDays(); days && !days->isEmpty()) {
        first = days->constFirst().date;
        last = days->constLast().date;
    }
    m_from->setDate(first);
    m_to->setDate(last);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(tr("and"), dates));
    datesLayout->addWidget(m_to);
    scopeLayout->addRow(m_scope->button(DateRange), dates);

    auto *optionsGroup = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QFormLayout(optionsGroup);
    m_byteOrderMark = new QCheckBox(tr("Start with a byte order mark, so Excel reads accents and other scripts"), optionsGroup);
    m_mentions = new QCheckBox(tr("One row per entity mention instead of per annotation"), optionsGroup);
    m_pageSize = new QComboBox(optionsGroup);
    m_pageSize->addItem(tr("A4"), pageSizeName(ReportPageSize::A4));
    m_pageSize->addItem(tr("Letter"), pageSizeName(ReportPageSize::Letter));
    optionsLayout->addRow(m_byteOrderMark);
    optionsLayout->addRow(m_mentions);
    optionsLayout->addRow(tr("Page size:"), m_pageSize);

    m_file = new QLineEdit(this);
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopeGroup);
    layout->addWidget(optionsGroup);
    layout->addWidget(buttons);

    // The last choices.
    if (const int index = m_format->findData(Settings::exportFormat().get()); index >= 0) {
        m_format->setCurrentIndex(index);
    }
    const int scope = int(ScopeNames.indexOf(Settings::exportScope().get()));
    (scope >= 0 ? m_scope->button(scope) : m_scope->button(WholeCorpus))->setChecked(true);
    if (const int index = m_code->findText(Settings::exportCode().get()); index >= 0) {
        m_code->setCurrentIndex(index);
    }
    m_byteOrderMark->setChecked(Settings::exportByteOrderMark().get());
    m_mentions->setChecked(Settings::exportMentions().get());
    if (const int index = m_pageSize->findData(Settings::exportPageSize().get()); index >= 0) {
        m_pageSize->setCurrentIndex(index);
    }
    if (m_documentId <= 0 && m_scope->checkedId() == CurrentArticle) {
        m_scope->button(WholeCorpus)->setChecked(true);
    }
    if (m_code->count() == 0 && m_scope->checkedId() == OneCode) {
        m_scope->button(WholeCorpus)->setChecked(true);
    }
    suggestFileName();
    updateEnabled();

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        suggestFileName();
        updateEnabled();
    });
    connect(m_mentions, &QCheckBox::toggled, this, &ExportDialog::suggestFileName);
    connect(m_scope, &QButtonGroup::idToggled, this, &ExportDialog::updateEnabled);
    connect(m_code, &QComboBox::activated, this, [this] { m_scope->button(OneCode)->setChecked(true); });
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QRadioButton *ExportDialog::scopeButton(int scope) const
{
    return qobject_cast<QRadioButton *>(m_scope->button(scope));
}

ExportFormat ExportDialog::chosenFormat() const
{
    const ExportFormat format = exportFormatFromName(m_format->currentData().toString()).value_or(ExportFormat::AnnotationCsv);
    return format == ExportFormat::AnnotationCsv && m_mentions->isChecked() ? ExportFormat::MentionCsv : format;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = chosenFormat();
    switch (m_scope->checkedId()) {
    case CurrentArticle:
        options.scope.documentId = m_documentId;
        break;
    case OneCode:
        options.scope.codeId = m_code->currentData().toLongLong();
        break;
    case DateRange:
        options.scope.from = m_from->date();
        options.scope.to = m_to->date();
        break;
    default:
        break;
    }
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.pageSize = pageSizeFromName(m_pageSize->currentData().toString()).value_or(ReportPageSize::A4);
    return options;
}

QString ExportDialog::targetPath() const
{
    return m_file->text().trimmed();
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_file->setText(path);
}

void ExportDialog::updateEnabled()
{
    const ExportFormat format = exportFormatFromName(m_format->currentData().toString()).value_or(ExportFormat::AnnotationCsv);
    const bool csv = format == ExportFormat::AnnotationCsv;
    m_byteOrderMark->setEnabled(csv);
    m_mentions->setEnabled(csv);
    m_pageSize->setEnabled(format == ExportFormat::Pdf);
    m_scope->button(CurrentArticle)->setEnabled(m_documentId > 0);
    m_scope->button(OneCode)->setEnabled(m_code->count() > 0);
    m_code->setEnabled(m_code->count() > 0 && m_scope->checkedId() == OneCode);
    m_from->setEnabled(m_scope->checkedId() == DateRange);
    m_to->setEnabled(m_scope->checkedId() == DateRange);
    if (auto *buttons = findChild<QDialogButtonBox *>()) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!targetPath().isEmpty());
    }
}

void ExportDialog::suggestFileName()
{
    const ExportFormat format = chosenFormat();
    QString folder = targetPath().isEmpty() ? Settings::exportFolder().get() : QFileInfo(targetPath()).absolutePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString corpus = m_database.isServer() ? m_database.connection().databaseName() : QFileInfo(m_database.path()).completeBaseName();
    m_file->setText(QDir(folder).filePath(corpus + namePart(format) + u'.' + Exporter::suffix(format)));
}

void ExportDialog::chooseFile()
{
    const ExportFormat format = chosenFormat();
    const QString suffix = Exporter::suffix(format);
    const QString filter = m_format->currentText() + u" (*."_s + suffix + u')';
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), targetPath(), filter);
    if (!chosen.isEmpty()) {
        m_file->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + suffix : chosen);
    }
}

void ExportDialog::saveChoices() const
{
    Settings::exportFormat().set(m_format->currentData().toString());
    Settings::exportScope().set(ScopeNames.value(m_scope->checkedId(), ScopeNames.constFirst()));
    if (m_code->count() > 0) {
        Settings::exportCode().set(m_code->currentText());
    }
    Settings::exportByteOrderMark().set(m_byteOrderMark->isChecked());
    Settings::exportMentions().set(m_mentions->isChecked());
    Settings::exportPageSize().set(m_pageSize->currentData().toString());
    Settings::exportFolder().set(QFileInfo(targetPath()).absolutePath());
}

void ExportDialog::accept()
{
    const QString path = targetPath();
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo file(path);
    if (file.isDir()) {
        QMessageBox::warning(this, tr("Export"), tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (file.exists()
        && QMessageBox::question(this, tr("Replace the File?"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes) {
        return;
    }
    saveChoices();
    QDialog::accept();
}

void ExportDialog::exportFrom(QWidget *window, Database &database, qint64 currentDocumentId)
{
    ExportDialog dialog(database, currentDocumentId, window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto *controller = new ExportController(window);
    connect(controller, &ExportController::finished, window,
            [window, controller](const ExportSummary &summary, const QString &error, bool cancelled) {
                controller->deleteLater();
                if (cancelled) {
                    return;
                }
                QMessageBox *box = nullptr;
                if (!error.isEmpty()) {
                    box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, window);
                } else {
                    const QString name = QDir::toNativeSeparators(summary.file);
                    QString text = summary.format == ExportFormat::MentionCsv
                        ? tr("Wrote %n entity mention(s) of %1 article(s) to %2.", nullptr, int(summary.mentions)).arg(summary.documents).arg(name)
                        : tr("Wrote %n annotation(s) of %1 article(s) to %2.", nullptr, int(summary.annotations)).arg(summary.documents).arg(name);
                    if (summary.format == ExportFormat::Pdf) {
                        text += u' ' + tr("The report has %n page(s).", nullptr, int(summary.pages));
                    }
                    box = new QMessageBox(QMessageBox::Information, tr("Exported"), text, QMessageBox::Ok, window);
                    QPushButton *open = box->addButton(tr("Open"), QMessageBox::ActionRole);
                    const QString file = summary.file;
                    connect(open, &QPushButton::clicked, box, [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
                }
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    if (!controller->start(database.address(), dialog.targetPath(), dialog.options())) {
        controller->deleteLater();
    }
}

} // namespace Gloss
