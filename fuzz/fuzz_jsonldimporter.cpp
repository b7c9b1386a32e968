// SPDX-License-Identifier: GPL-3.0-or-later
// The Web Annotation (JSON-LD) importer on any file, against a corpus of one article made once
// in a temporary folder.
#include "export/jsonldimporter.h"
#include "import/importer.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

Database &corpus()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> database = [] {
        Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(u"fuzz.gloss"_s));
        if (!opened) {
            qFatal("%s", qPrintable(opened.errorString()));
        }
        Importer importer(**opened);
        if (!importer.importText(u"Talks resume\n\nThe minister said on Monday that talks in Geneva would resume."_s,
                                 u"fuzz/talks.txt"_s)) {
            qFatal("the article of the fuzz corpus was not stored");
        }
        return std::move(opened).value();
    }();
    return *database;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv); // the SQL driver is a plugin
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)JsonLdImporter::looksLikeWebAnnotations(json);
    (void)JsonLdImporter(corpus()).importJson(json, u"fuzz.jsonld"_s);
    return 0;
}
