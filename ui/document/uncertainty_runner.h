// Runs the Monte Carlo of the shown scenario off the UI thread (core/analysis/uncertainty.h): each
// start() cancels the run in flight and starts over on a copy of the scenario and catalog, so
// typing never waits; the result comes back to the UI thread as a queued signal, stale runs are
// dropped, and progress is reported for an indicator.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace mlimpact::ui {

class UncertaintyRunner : public QObject
{
    Q_OBJECT
public:
    explicit UncertaintyRunner(QObject *parent = nullptr);
    ~UncertaintyRunner() override;

    /// Samples per run (the window's default keeps a refresh well under 150 ms).
    void setSamples(std::size_t samples) { m_samples = samples; }
    /// Cancels any run in flight and starts one for this scenario.
    /// `spec`: the document's ranges and uncertain choices (its file's "uncertainty" section).
    void start(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec = {});
    /// Cancels any run in flight; its result is dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The last finished run's result (null before the first).
    std::shared_ptr<const UncertaintyResult> result() const { return m_result; }

signals:
    void started();
    /// Share of the samples done, 0..1 (throttled).
    void progressed(double fraction);
    void finished();

private:
    void stopWorker();

    std::size_t m_samples = 1000;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::shared_ptr<const UncertaintyResult> m_result;
};

} // namespace mlimpact::ui
