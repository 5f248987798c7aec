// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_warnings_bar.h"

#include "problem_text.h"
#include "scenario_document.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace mlimpact::ui {
namespace {

constexpr int kMaxListed = 8; // more would push the charts away; the rest are counted

QString fileNameOf(const Diagnostics &warnings)
{
    return warnings.empty() ? QString() : QFileInfo(QString::fromStdString(warnings.front().file)).fileName();
}

} // namespace

FileWarningsBar::FileWarningsBar(ScenarioDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("fileWarningsBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#fileWarningsBar { background: #fff4ce; border: 1px solid #e0c36c; }"
                                 "#fileWarningsBar QLabel { color: #3d2e00; }"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // pointers can be copied
    m_close->setText(tr("Dismiss"));
    m_close->setToolTip(tr("Hide this message (saving still leaves those keys out)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_document, &ScenarioDocument::fileWarningsChanged, this, &FileWarningsBar::showWarnings);
    hide();
}

QString FileWarningsBar::text() const
{
    return m_text->text();
}

void FileWarningsBar::showWarnings()
{
    const Diagnostics &warnings = m_document->fileWarnings();
    if (warnings.empty()) {
        hide();
        return;
    }
    const QString count = warnings.size() == 1 ? tr("an entry") : tr("%1 entries").arg(warnings.size());
    m_text->setText(tr("⚠ %1 has %2 that this version does not know. They are ignored, and saving will not "
                       "keep them:")
                        .arg(fileNameOf(warnings), count) +
                    QLatin1Char('\n') + problemText(warnings, false, kMaxListed));
    show();
}

QString unkeptKeysText(const Diagnostics &warnings)
{
    return QObject::tr("Saving writes the scenario as this version knows it. These entries of %1 will not be kept:")
               .arg(fileNameOf(warnings)) +
           QLatin1Char('\n') + problemText(warnings, false, kMaxListed);
}

UnkeptKeysChoice askAboutUnkeptKeys(QWidget *parent, const ScenarioDocument &document, const QString &path,
                                    bool offerSaveAs)
{
    const Diagnostics &warnings = document.fileWarnings();
    if (warnings.empty() || QFileInfo(path).absoluteFilePath() != document.filePath())
        return UnkeptKeysChoice::Save; // the file with those keys is not overwritten
    QMessageBox box(QMessageBox::Warning, QObject::tr("Save without unknown entries?"),
                    QObject::tr("Saving over %1 drops what this version does not know.").arg(fileNameOf(warnings)),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unkeptKeysQuestion"));
    box.setInformativeText(unkeptKeysText(warnings));
    QPushButton *save = box.addButton(QObject::tr("Save Without Them"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = offerSaveAs ? box.addButton(QObject::tr("Save As…"), QMessageBox::AcceptRole) : nullptr;
    if (saveAs)
        box.setDefaultButton(saveAs);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == save)
        return UnkeptKeysChoice::Save;
    if (saveAs && box.clickedButton() == saveAs)
        return UnkeptKeysChoice::SaveAs;
    return UnkeptKeysChoice::Cancel;
}

} // namespace mlimpact::ui
