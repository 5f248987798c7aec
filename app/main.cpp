// ml-impact-explorer: wires the command line and the window together.
// Everything testable lives in the libraries (core, ui, cli).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_icon.h"
#include "app_theme.h"
#include "app_translation.h"
#include "cli.h"
#include "export_command.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <unistd.h>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ML Impact Explorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mlimpact.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ml-impact-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLIMPACT_VERSION));
}

/// Qt aborts when no platform can be opened; say what to do instead.
bool displayAvailable(const QStringList &args)
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY") || args.contains(QStringLiteral("-platform")) ||
           args.contains(QStringLiteral("--platform"));
}

/// Widgets without a screen (export, --help-all): the offscreen platform, and the runtime folder
/// Qt would fall back to, without its warning on every run.
void useOffscreenPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

/// --help: the parser names the program from the application's arguments (without an
/// application object it prints "<executable_name>"), so it gets one just for this.
int printHelp(int &argc, char **argv, const QCommandLineParser &parser)
{
    const QCoreApplication app(argc, argv);
    std::printf("%s\n%s", qPrintable(parser.helpText()), qPrintable(mlimpact::cli::programHelp()));
    return mlimpact::cli::Ok;
}

/// --help-all: Qt lists its own options (-style, -platform, ...) only with a QApplication, which
/// the offscreen platform provides without a display. The subcommands go into the description
/// because QCommandLineParser::process() prints the help and exits.
int printHelpAll(int &argc, char **argv, QCommandLineParser &parser)
{
    useOffscreenPlatform();
    const QApplication app(argc, argv);
    parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") +
                                     mlimpact::cli::programHelp().trimmed());
    parser.process(app); // exits after printing
    return mlimpact::cli::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.size() > 1 && args.at(1) == QLatin1String("export")) {
        // Rendering needs widgets but never a screen: always the offscreen platform.
        useOffscreenPlatform();
        QApplication app(argc, argv);
        std::setlocale(LC_NUMERIC, "C");
        setApplicationNames();
        try {
            return mlimpact::cli::runExport(app.arguments());
        } catch (const std::exception &e) {
            std::fprintf(stderr, "internal error: %s\n", e.what());
            return mlimpact::cli::Failure;
        }
    }
    if (mlimpact::cli::isSubcommand(args)) {
        QCoreApplication app(argc, argv);
        std::setlocale(LC_NUMERIC, "C"); // Qt adopts the user's locale; our number text must not
        setApplicationNames();
        return mlimpact::cli::runSubcommand(app.arguments());
    }

    setApplicationNames();
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // Qt's own "-platform NAME"
    parser.setApplicationDescription(QStringLiteral(
        "ML Impact Explorer — an interactive life-cycle model of the environmental impact of machine-learning "
        "systems. With no subcommand it opens the window, on FILE if given."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenario file to open in the window."),
                                 QStringLiteral("[FILE]"));
    QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("Qt platform plugin (e.g. offscreen)."),
                                QStringLiteral("NAME"));
    parser.addOption(platform);
    // Qt's own widget options: declared so that parsing accepts them; QApplication applies them.
    parser.addOption(
        {QStringLiteral("style"), QStringLiteral("Qt widget style (e.g. Fusion)."), QStringLiteral("STYLE")});
    parser.addOption(
        {QStringLiteral("stylesheet"), QStringLiteral("Qt style sheet file to apply."), QStringLiteral("FILE")});
    QCommandLineOption lesson(QStringLiteral("lesson"),
                              QStringLiteral("Play a lesson full screen: a built-in lesson id ('ml-impact-explorer "
                                             "lessons') or a lesson file."),
                              QStringLiteral("ID|FILE"));
    parser.addOption(lesson);
    parser.addOption({QStringLiteral("bands"), QStringLiteral("Start with the uncertainty bands on (View menu).")});
    QCommandLineOption language(QStringLiteral("lang"),
                                QStringLiteral("Window language, e.g. de or en (default: the system's, from "
                                               "LANGUAGE, LC_ALL or LANG). Subcommands always write English."),
                                QStringLiteral("LANG"));
    parser.addOption(language);
    if (!parser.parse(args)) {
        std::fprintf(stderr, "error: %s\nRun 'ml-impact-explorer --help' for usage.\n", qPrintable(parser.errorText()));
        return mlimpact::cli::BadInput;
    }
    if (parser.isSet(QStringLiteral("help-all")))
        return printHelpAll(argc, argv, parser);
    if (parser.isSet(QStringLiteral("help")))
        return printHelp(argc, argv, parser);
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("ml-impact-explorer %s\n", MLIMPACT_VERSION);
        return mlimpact::cli::Ok;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "error: unknown subcommand \"%s\"\n%s", qPrintable(parser.positionalArguments().at(0)),
                     qPrintable(mlimpact::cli::programHelp()));
        return mlimpact::cli::BadInput;
    }
    if (!displayAvailable(args)) {
        std::fprintf(stderr, "ml-impact-explorer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                             "  To open the window, run it in a desktop session or under xvfb-run.\n"
                             "  Without a display, use a subcommand, e.g. 'ml-impact-explorer evaluate --preset "
                             "llm-chat-service'.\n"
                             "  Run 'ml-impact-explorer --help' for all subcommands.\n");
        return mlimpact::cli::Failure;
    }

    QApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // see above: file and CLI text stay locale-independent
    // The window's words and the numbers it shows follow the language; files and JSON do not.
    mlimpact::ui::installTranslations(mlimpact::ui::uiLocale(parser.value(language)));
    QApplication::setWindowIcon(mlimpact::ui::applicationIcon());
    mlimpact::ui::applyTheme(mlimpact::ui::savedTheme()); // View ▸ Theme, as last chosen
    // Lets a Wayland compositor match the window to the installed desktop entry (its icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mlimpact.Explorer"));
    mlimpact::ui::MainWindow window;
    window.show();
    // Work lost in a crash is offered first; a file named on the command line opens otherwise.
    const QStringList files = parser.positionalArguments();
    const bool recovered = window.offerRecovery();
    if (!recovered && !files.isEmpty())
        window.openFile(files.first());
    // Workshop mode: a lesson named on the command line, else the lessons' start page the first time.
    if (parser.isSet(lesson))
        window.presentLesson(parser.value(lesson));
    else if (!recovered && files.isEmpty())
        window.showLessonsOnFirstLaunch();
    if (parser.isSet(QStringLiteral("bands"))) {
        if (auto *bands = window.findChild<QAction *>(QStringLiteral("uncertaintyBandsAction")))
            bands->setChecked(true);
    }
    return app.exec();
}
