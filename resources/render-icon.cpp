// Build tool: renders the application's SVG icon as PNGs in the hicolor sizes.
//   backstep_render_icon ICON.svg OUTPUT_DIR SIZE...
// Writes OUTPUT_DIR/backstep-SIZE.png for each size; exit 1 (saying why) on failure.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: backstep_render_icon ICON.svg OUTPUT_DIR SIZE...\n");
        return 1;
    }
    if (!QDir().mkpath(arguments.at(2))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        QImageReader reader(arguments.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr,
                         "cannot render %s at %d px: %s (is the SVG image plugin, "
                         "qt6-svg-plugins, installed?)\n",
                         qPrintable(arguments.at(1)), size, qPrintable(reader.errorString()));
            return 1;
        }
        const QString out = QStringLiteral("%1/backstep-%2.png").arg(arguments.at(2)).arg(size);
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
