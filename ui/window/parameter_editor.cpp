// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_editor.h"
#include "core_text.h"

#include "format.h"
#include "number_spin_box.h"
#include "scenario_document.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

#include <charconv>
#include <cmath>
#include <functional>
#include <map>

namespace mlimpact::ui {
namespace {

constexpr int kSliderSteps = 1000;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString precisionText(const Accelerator &a)
{
    QStringList parts;
    for (int i = 0; i < kPrecisionCount; ++i) {
        if (a.peak_tflops[i])
            parts << QStringLiteral("%1 %2").arg(qs(std::string(precisionKey(static_cast<Precision>(i)))).toUpper(),
                                                 qs(formatSignificant(*a.peak_tflops[i])));
    }
    return parts.isEmpty() ? QObject::tr("no peak listed") : parts.join(QStringLiteral(", "));
}

QString sourcesText(const CatalogEntryBase &e)
{
    QString text;
    for (const auto &[field, citation] : e.sources)
        text += QStringLiteral("<br><i>%1</i>: %2").arg(qs(field).toHtmlEscaped(), qs(citation).toHtmlEscaped());
    if (!e.note.empty())
        text += QStringLiteral("<br><br>%1").arg(qs(e.note).toHtmlEscaped());
    return text;
}

/// Lets Ctrl+Z / Ctrl+Shift+Z reach Edit > Undo / Redo while a line edit holds no typing
/// of its own: a focused editor must not swallow the document's undo.
class UndoPassThrough : public QObject
{
public:
    UndoPassThrough(QObject *watched, std::function<bool()> hasPendingText)
        : QObject(watched)
        , m_hasPendingText(std::move(hasPendingText))
    {
        watched->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) && !m_hasPendingText()) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_hasPendingText;
};

/// `value` to three significant figures (a slider's resolution), as the double nearest that
/// decimal, so the box beside it shows "0.123", not "0.12345678912345678".
double sliderRounded(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific, 2).ptr;
    double rounded = value;
    std::from_chars(buf, end, rounded);
    return rounded;
}

} // namespace

QString enumLabel(const std::string &value)
{
    return coreText(enumValueLabel(value));
}

ParameterEditor::ParameterEditor(const Parameter &parameter, ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_parameter(parameter)
    , m_document(document)
    , m_label(new QLabel(coreText(parameter.label), parent))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_row = new QHBoxLayout;
    column->addLayout(m_row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inputMessage"));
    m_message->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #9f1d1d; background: #fdecec; border: 1px solid #e8b4b4; "
                                            "border-radius: 3px; padding: 2px 4px; }"));
    m_message->hide();
    column->addWidget(m_message);
    auto *layout = m_row;
    m_label->setToolTip(tooltip());
    m_label->setWordWrap(true);
    setToolTip(tooltip());
    switch (parameter.kind) {
    case ParameterKind::Number:
        buildNumber(false);
        break;
    case ParameterKind::OptionalNumber:
        buildNumber(true);
        break;
    case ParameterKind::Flag:
        m_check = new QCheckBox(this);
        layout->addWidget(m_check);
        layout->addStretch();
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) { commit(on, false); });
        break;
    case ParameterKind::Choice:
        buildChoice();
        break;
    case ParameterKind::Enum:
        buildEnum();
        break;
    case ParameterKind::Text:
        m_line = new QLineEdit(this);
        layout->addWidget(m_line);
        new UndoPassThrough(m_line, [this] { return hasPendingText(); });
        connect(m_line, &QLineEdit::editingFinished, this, [this] { commit(m_line->text().toStdString(), false); });
        break;
    }
    addResetControls();
    refresh();
}

void ParameterEditor::addResetControls()
{
    // A variant's own value: the label turns bold, and a button (and the label's context
    // menu) makes the variant follow the baseline again.
    m_resetAction = new QAction(tr("Reset to Baseline"), this);
    m_resetAction->setToolTip(tr("The selected variant sets this parameter; follow the baseline's value again"));
    connect(m_resetAction, &QAction::triggered, this, [this] { m_document->resetToBaseline(m_parameter); });
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetToBaseline"));
    m_reset->setText(QStringLiteral("\u21ba")); // ↺: the words are in the tooltip and the label's menu
    m_reset->setToolTip(m_resetAction->toolTip());
    connect(m_reset, &QToolButton::clicked, m_resetAction, &QAction::trigger);
    m_reset->setAutoRaise(true);
    m_reset->hide();
    m_row->addWidget(m_reset);
    m_label->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_label->addAction(m_resetAction);
}

void ParameterEditor::showOverride()
{
    const bool overridden = m_document->isOverridden(m_parameter);
    m_reset->setVisible(overridden);
    m_resetAction->setEnabled(overridden);
    QFont font = m_label->font();
    font.setBold(overridden);
    m_label->setFont(font);
}

QString ParameterEditor::tooltip() const
{
    QString t = QStringLiteral("<b>%1</b>").arg(coreText(m_parameter.label).toHtmlEscaped());
    if (const std::string unit = shownUnit(m_parameter.unit).unit; !unit.empty())
        t += QStringLiteral(" (%1)").arg(coreText(unit).toHtmlEscaped());
    t += QStringLiteral("<br>%1").arg(coreText(m_parameter.explanation).toHtmlEscaped());
    if (m_parameter.kind == ParameterKind::Number || m_parameter.kind == ParameterKind::OptionalNumber) {
        auto shown = [this](double v) { return qs(formatValueWithUnit(v, m_parameter.unit)); };
        t += tr("<br>Valid: %1 to %2").arg(shown(m_parameter.min), shown(m_parameter.max));
        if (m_parameter.low < m_parameter.high)
            t += tr("; plausible: %1 to %2").arg(shown(m_parameter.low), shown(m_parameter.high));
    }
    if (!m_parameter.source.empty())
        t += tr("<br><i>Source:</i> %1").arg(qs(m_parameter.source).toHtmlEscaped());
    t += QStringLiteral("<br><tt>%1</tt>").arg(qs(m_parameter.path));
    return t;
}

void ParameterEditor::buildNumber(bool optional)
{
    QHBoxLayout *layout = m_row;
    if (optional) {
        m_check = new QCheckBox(tr("set"), this);
        m_check->setToolTip(tr("Override the catalog value"));
        layout->addWidget(m_check);
    }
    // The slider covers the plausible range (log where it spans decades); the
    // spin box accepts the whole valid range.
    const bool plausible = m_parameter.low < m_parameter.high;
    m_sliderLow = plausible ? m_parameter.low : m_parameter.min;
    m_sliderHigh = plausible ? m_parameter.high : m_parameter.max;
    m_sliderLog = m_parameter.logScale && m_sliderLow > 0;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setMinimumWidth(90);
    m_spin = new NumberSpinBox(this);
    const ShownUnit shown = shownUnit(m_parameter.unit);
    m_shownFactor = shown.factor;
    m_spin->setRange(m_parameter.min * m_shownFactor, m_parameter.max * m_shownFactor);
    m_spin->setIntegerOnly(m_parameter.integer);
    if (!shown.unit.empty())
        m_spin->setSuffix(QLatin1Char(' ') + coreText(shown.unit));
    m_spin->setMinimumWidth(110);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_refreshing)
            return;
        // A mouse drag merges into one undo step (closed on release); keys and wheel do not.
        const double v = sliderToValue(position);
        commit(m_parameter.integer ? std::round(v) : sliderRounded(v), m_slider->isSliderDown());
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_document->endEditBurst(); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_refreshing)
            commit(v / m_shownFactor, false);
    });
    connect(m_spin, &NumberSpinBox::inputRejected, this, &ParameterEditor::showMessage);
    if (optional) {
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            if (m_refreshing)
                return;
            commit(on ? ParameterValue(m_spin->value() / m_shownFactor) : ParameterValue(std::monostate{}), false);
        });
    }
}

void ParameterEditor::fillChoices()
{
    const Catalog &c = m_document->catalog();
    m_combo->clear();
    auto add = [this](const CatalogEntryBase &e, const QString &figures) {
        m_combo->addItem(qs(e.name) + QStringLiteral(" — ") + figures, qs(e.id));
        m_combo->setItemData(m_combo->count() - 1,
                             QStringLiteral("<b>%1</b> (%2)<br>%3%4")
                                 .arg(qs(e.name).toHtmlEscaped(), qs(e.id), figures.toHtmlEscaped(), sourcesText(e)),
                             Qt::ToolTipRole);
    };
    switch (*m_parameter.choices) {
    case CatalogSection::Accelerators:
        for (const auto &a : c.accelerators())
            add(a, tr("%1 W, %2 TFLOP/s").arg(qs(formatSignificant(a.tdp_w)), precisionText(a)));
        break;
    case CatalogSection::EdgeDevices:
        for (const auto &d : c.edgeDevices())
            add(d, tr("%1, %2 embodied")
                       .arg(d.avg_power_w ? qs(formatSignificant(*d.avg_power_w)) + QStringLiteral(" W")
                                          : tr("power unknown"),
                            d.embodied_kgco2e ? qs(formatQuantity(*d.embodied_kgco2e, Quantity::CarbonKg))
                                              : tr("unknown")));
        break;
    case CatalogSection::GridRegions:
        for (const auto &g : c.gridRegions())
            add(g, tr("%1 gCO₂e/kWh").arg(qs(formatSignificant(g.intensity_g_per_kwh))));
        break;
    case CatalogSection::DatacenterTypes:
        for (const auto &d : c.datacenterTypes())
            add(d,
                tr("PUE %1, WUE %2 L/kWh").arg(qs(formatSignificant(d.pue)), qs(formatSignificant(d.wue_l_per_kwh))));
        break;
    case CatalogSection::Realization:
        break;
    case CatalogSection::Servers:
        m_combo->addItem(tr("None (in the accelerator figure)"), QString());
        m_combo->setItemData(0,
                             tr("No host server: the accelerator's embodied carbon and mass include a share of a "
                                "generic server (see its sources)."),
                             Qt::ToolTipRole);
        for (const auto &v : c.servers())
            add(v, tr("%1 per %2 accelerators, %3 years")
                       .arg(qs(formatQuantity(v.embodied_kgco2e, Quantity::CarbonKg)),
                            qs(formatSignificant(v.accelerators_per_server)), qs(formatSignificant(v.lifetime_years))));
        break;
    }
}

void ParameterEditor::buildChoice()
{
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(18);
    m_row->addWidget(m_combo);
    fillChoices();
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { commit(m_combo->itemData(index).toString().toStdString(), false); });
}

void ParameterEditor::buildEnum()
{
    m_combo = new QComboBox(this);
    for (const auto &v : m_parameter.enumValues)
        m_combo->addItem(enumLabel(v), qs(v));
    m_row->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { commit(m_combo->itemData(index).toString().toStdString(), false); });
}

double ParameterEditor::sliderToValue(int position) const
{
    const double t = static_cast<double>(position) / kSliderSteps;
    if (m_sliderLog)
        return std::exp(std::log(m_sliderLow) + t * (std::log(m_sliderHigh) - std::log(m_sliderLow)));
    return m_sliderLow + t * (m_sliderHigh - m_sliderLow);
}

int ParameterEditor::valueToSlider(double value) const
{
    double t = 0;
    if (m_sliderLog)
        t = value > 0 ? (std::log(value) - std::log(m_sliderLow)) / (std::log(m_sliderHigh) - std::log(m_sliderLow))
                      : 0;
    else if (m_sliderHigh > m_sliderLow)
        t = (value - m_sliderLow) / (m_sliderHigh - m_sliderLow);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

void ParameterEditor::commit(const ParameterValue &value, bool mergeable)
{
    if (m_refreshing)
        return;
    const Diagnostics problems = m_document->setValue(m_parameter, value, mergeable);
    if (problems.empty()) {
        clearMessage();
        return;
    }
    // Beside the field the message is enough: the field is the place.
    QStringList messages;
    for (const auto &problem : problems)
        messages << QString::fromStdString(problem.message);
    refresh(); // back to the document's value
    showMessage(tr("Not taken: %1. Kept %2.")
                    .arg(messages.join(QStringLiteral("; ")),
                         QString::fromStdString(valueToText(m_parameter, m_parameter.get(m_document->scenario())))));
}

void ParameterEditor::showMessage(const QString &text)
{
    m_message->setText(QStringLiteral("⚠ ") + text);
    m_message->show();
}

void ParameterEditor::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

bool ParameterEditor::hasPendingText() const
{
    const ParameterValue value = m_parameter.get(m_document->scenario());
    return m_line && std::holds_alternative<std::string>(value) && m_line->text() != qs(std::get<std::string>(value));
}

void ParameterEditor::refresh()
{
    showOverride();
    m_refreshing = true;
    const ParameterValue value = m_parameter.get(m_document->scenario());
    switch (m_parameter.kind) {
    case ParameterKind::Number:
    case ParameterKind::OptionalNumber: {
        const bool set = std::holds_alternative<double>(value);
        if (m_check)
            m_check->setChecked(set);
        // An unset override shows the catalog figure it stands for, so ticking "set"
        // starts from that, not from whatever the box last held.
        const std::optional<ResolvedValue> resolved =
            resolvedValueOf(m_parameter, m_document->scenario(), m_document->catalog());
        const std::optional<double> shown =
            set ? std::optional<double>(std::get<double>(value)) : (resolved ? resolved->catalogValue : std::nullopt);
        // Which catalog entry the value comes from (the model's own resolver says so).
        const QString from =
            resolved && !resolved->entryId.empty() ? tr(" (%1)").arg(qs(std::string(resolved->entryId))) : QString();
        if (shown) {
            m_spin->setValue(*shown * m_shownFactor);
            m_slider->setValue(valueToSlider(*shown));
        }
        if (m_check)
            m_check->setToolTip(set     ? tr("Overrides the catalog value")
                                : shown ? tr("Using the catalog value %1%2; tick to override")
                                              .arg(QString::fromStdString(formatNumber(*shown)), from)
                                        : tr("The catalog has no value; tick to set one"));
        m_spin->setEnabled(set || !m_check);
        m_slider->setEnabled(set || !m_check);
        break;
    }
    case ParameterKind::Flag:
        m_check->setChecked(std::get<bool>(value));
        break;
    case ParameterKind::Choice:
        if (m_combo->count() != static_cast<int>(m_document->catalog().ids(*m_parameter.choices).size()))
            fillChoices(); // a user catalog added entries
        [[fallthrough]];
    case ParameterKind::Enum:
        m_combo->setCurrentIndex(m_combo->findData(qs(std::get<std::string>(value))));
        m_combo->setToolTip(m_combo->currentData(Qt::ToolTipRole).toString().isEmpty()
                                ? tooltip()
                                : m_combo->currentData(Qt::ToolTipRole).toString());
        break;
    case ParameterKind::Text:
        if (!m_line->hasFocus())
            m_line->setText(qs(std::get<std::string>(value)));
        break;
    }
    m_refreshing = false;
}

} // namespace mlimpact::ui
