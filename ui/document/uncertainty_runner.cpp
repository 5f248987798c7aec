// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty_runner.h"

#include <QMetaObject>

#include <algorithm>

namespace mlimpact::ui {

UncertaintyRunner::UncertaintyRunner(QObject *parent)
    : QObject(parent)
{}

UncertaintyRunner::~UncertaintyRunner()
{
    stopWorker();
}

void UncertaintyRunner::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    // The worker stops within one chunk of samples (16 model runs per thread), well under a millisecond.
    if (m_worker.joinable())
        m_worker.join();
}

void UncertaintyRunner::cancel()
{
    stopWorker();
    ++m_generation;
    m_running = false;
}

void UncertaintyRunner::start(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec)
{
    stopWorker();
    const std::uint64_t generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    emit started();
    UncertaintyOptions options;
    options.samples = m_samples;
    options.spec = spec;
    // Copies: the document may change while the worker runs. The destructor joins the worker, and a
    // queued call to a deleted object is dropped by Qt, so `self` is never used after deletion.
    UncertaintyRunner *self = this;
    m_worker = std::thread([self, generation, options, scenario, catalog, cancel = m_cancel] {
        RunControl control;
        // One core is left to the UI thread, so replotting after an edit does not wait for sampling.
        const unsigned cores = std::thread::hardware_concurrency(); // 0 if unknown
        control.threads = cores > 1 ? static_cast<int>(cores - 1) : 1;
        control.cancel = cancel.get();
        int lastTenth = -1;
        control.progress = [&](std::size_t done, std::size_t total) {
            const int tenth = static_cast<int>(10 * done / std::max<std::size_t>(1, total));
            if (tenth == lastTenth)
                return;
            lastTenth = tenth;
            const double fraction = static_cast<double>(done) / static_cast<double>(total);
            QMetaObject::invokeMethod(
                self,
                [self, generation, fraction] {
                    if (self->m_generation == generation)
                        emit self->progressed(fraction);
                },
                Qt::QueuedConnection);
        };
        // The registry's ranges cannot be invalid, and a file's were checked when it loaded (by
        // checks that do not depend on the scenario's values, so no edit makes them invalid).
        Diagnostics ignored;
        auto result =
            std::make_shared<const UncertaintyResult>(runUncertainty(scenario, catalog, options, control, ignored));
        if (result->cancelled)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, generation, result] {
                if (self->m_generation != generation)
                    return; // a newer run started: this one is stale
                self->m_result = result;
                self->m_running = false;
                emit self->finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace mlimpact::ui
