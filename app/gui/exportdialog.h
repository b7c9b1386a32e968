// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace Gloss {

class Database;

// File › Export…: the format (CSV, PDF report, Web Annotations, REFI-QDA), the scope (the whole
// corpus, the current article, one code, a range of publication dates), the options (a byte
// order mark for Excel, entity mentions instead of annotations, the page size) and the file.
// Remembers its choices in the settings.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `currentDocumentId` is the article the reader shows (0: none).
    ExportDialog(Database &database, qint64 currentDocumentId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    QString targetPath() const;
    void setTargetPath(const QString &path);

    // The dialog, then the export off the GUI thread with a progress dialog; the outcome shows
    // in a message box.
    static void exportFrom(QWidget *window, Database &database, qint64 currentDocumentId);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *codeBox() const { return m_code; }
    QRadioButton *scopeButton(int scope) const;
    QCheckBox *byteOrderMarkBox() const { return m_byteOrderMark; }
    QCheckBox *mentionsBox() const { return m_mentions; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    enum Scope { WholeCorpus, CurrentArticle, OneCode, DateRange };

public Q_SLOTS:
    void accept() override;

private:
    ExportFormat chosenFormat() const;
    void updateEnabled();
    void chooseFile();
    void suggestFileName();
    void saveChoices() const;

    Database &m_database;
    qint64 m_documentId = 0;
    QComboBox *m_format = nullptr;
    QButtonGroup *m_scope = nullptr;
    QComboBox *m_code = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
    QCheckBox *m_mentions = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_file = nullptr;
};

} // namespace Gloss
