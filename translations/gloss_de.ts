<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>The passage %1–%2 is not inside document %3 (its text has %4 characters; start must be before end).</source>
        <translation>Die Textstelle %1–%2 liegt nicht innerhalb von Dokument %3 (sein Text hat %4 Zeichen; der Anfang muss vor dem Ende liegen).</translation>
    </message>
    <message>
        <source>The passage %1–%2 of document %3 would split a character in two.</source>
        <translation>Die Textstelle %1–%2 von Dokument %3 würde ein Zeichen in zwei Teile zerlegen.</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>Es gibt keinen Code %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Es gibt keine Annotation %1.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) was changed in another window since you opened it; your change was not saved. Look at it again and redo your change.</source>
        <translation>Die Annotation %1 („%2“) wurde in einem anderen Fenster geändert, seit Sie sie geöffnet haben; Ihre Änderung wurde nicht gespeichert. Sehen Sie sie sich erneut an und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) was changed by %3 since you opened it; your change was not saved. Look at it again and redo your change.</source>
        <translation>Die Annotation %1 („%2“) wurde von %3 geändert, seit Sie sie geöffnet haben; Ihre Änderung wurde nicht gespeichert. Sehen Sie sie sich erneut an und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>Annotation %1 was removed by another user since you opened it; your change was not saved.</source>
        <translation>Die Annotation %1 wurde von einem anderen Benutzer entfernt, seit Sie sie geöffnet haben; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChangeCodeCommand</name>
    <message>
        <source>Rename Code “%1”</source>
        <translation>Code „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Description of “%1”</source>
        <translation>Beschreibung von „%1“ ändern</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>Es gibt keinen Code %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a database file.</source>
        <translation>--db benötigt eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>--%1: „%2“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see gloss --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe gloss --help)</translation>
    </message>
    <message>
        <source>importing: %1/%2 files, %3 imported, %4 duplicates, %5 failed</source>
        <translation>Import: %1/%2 Dateien, %3 importiert, %4 Duplikate, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the title.</source>
        <translation>CSV-Spalte oder JSON-Schlüssel des Titels.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the date.</source>
        <translation>CSV-Spalte oder JSON-Schlüssel des Datums.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the text.</source>
        <translation>CSV-Spalte oder JSON-Schlüssel des Textes.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the URL.</source>
        <translation>CSV-Spalte oder JSON-Schlüssel der URL.</translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes.</source>
        <translation>Dateien ablehnen, die größer als diese Anzahl Megabyte sind.</translation>
    </message>
    <message>
        <source>--max-size: &apos;%1&apos; is not a size in megabytes.</source>
        <translation>--max-size: „%1“ ist keine Größe in Megabyte.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import benötigt mindestens eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be imported into it.</source>
        <translation>%1 ist schreibgeschützt; es kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation>Volltextabfrage.</translation>
    </message>
    <message>
        <source>Published on or after.</source>
        <translation>Veröffentlicht an oder nach diesem Datum.</translation>
    </message>
    <message>
        <source>Published on or before.</source>
        <translation>Veröffentlicht an oder vor diesem Datum.</translation>
    </message>
    <message>
        <source>Mentions this entity.</source>
        <translation>Erwähnt diese Entität.</translation>
    </message>
    <message>
        <source>Has an annotation with this code.</source>
        <translation>Hat eine Annotation mit diesem Code.</translation>
    </message>
    <message>
        <source>At most this many documents.</source>
        <translation>Höchstens so viele Dokumente.</translation>
    </message>
    <message>
        <source>documents takes no argument &apos;%1&apos;.</source>
        <translation>documents akzeptiert kein Argument „%1“.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a count.</source>
        <translation>--limit: „%1“ ist keine Anzahl.</translation>
    </message>
    <message>
        <source>Document id.</source>
        <translation>Dokument-ID.</translation>
    </message>
    <message>
        <source>show needs one document id.</source>
        <translation>show benötigt genau eine Dokument-ID.</translation>
    </message>
    <message>
        <source>show: &apos;%1&apos; is not a document id.</source>
        <translation>show: „%1“ ist keine Dokument-ID.</translation>
    </message>
    <message>
        <source>there is no document %1 in %2.</source>
        <translation>In %2 gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>Nur dieses Dokument.</translation>
    </message>
    <message>
        <source>%1 is read-only; its entities cannot be recognised again.</source>
        <translation>%1 ist schreibgeschützt; seine Entitäten können nicht erneut erkannt werden.</translation>
    </message>
    <message>
        <source>%1 takes no argument &apos;%2&apos;.</source>
        <translation>%1 akzeptiert kein Argument „%2“.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a document id.</source>
        <translation>--%1: „%2“ ist keine Dokument-ID.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>Das Dokument.</translation>
    </message>
    <message>
        <source>First character of the passage (UTF-16 offset).</source>
        <translation>Erstes Zeichen der Textstelle (UTF-16-Offset).</translation>
    </message>
    <message>
        <source>Offset just after the passage.</source>
        <translation>Offset direkt nach der Textstelle.</translation>
    </message>
    <message>
        <source>Code name or full path.</source>
        <translation>Codename oder vollständiger Pfad.</translation>
    </message>
    <message>
        <source>A note (Markdown).</source>
        <translation>Eine Notiz (Markdown).</translation>
    </message>
    <message>
        <source>Who wrote it (default: the author name of the settings).</source>
        <translation>Wer sie geschrieben hat (Standard: der Autorenname aus den Einstellungen).</translation>
    </message>
    <message>
        <source>annotate needs --%1.</source>
        <translation>annotate benötigt --%1.</translation>
    </message>
    <message>
        <source>--start and --end must be character offsets, not &apos;%1&apos; and &apos;%2&apos;.</source>
        <translation>--start und --end müssen Zeichen-Offsets sein, nicht „%1“ und „%2“.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be annotated in it.</source>
        <translation>%1 ist schreibgeschützt; darin kann nichts annotiert werden.</translation>
    </message>
    <message>
        <source>Only this code and the codes below it.</source>
        <translation>Nur dieser Code und die Codes darunter.</translation>
    </message>
    <message>
        <source>Add the news-analysis code book when there are no codes.</source>
        <translation>Das Codebuch für Nachrichtenanalyse hinzufügen, wenn es noch keine Codes gibt.</translation>
    </message>
    <message>
        <source>codes takes no argument &apos;%1&apos;.</source>
        <translation>codes akzeptiert kein Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 is read-only; no code book can be installed.</source>
        <translation>%1 ist schreibgeschützt; es kann kein Codebuch installiert werden.</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to FILE.</source>
        <translation>Die Annotationen als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write a PDF report to FILE.</source>
        <translation>Einen PDF-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write W3C Web Annotations (JSON-LD) to FILE.</source>
        <translation>W3C Web Annotations (JSON-LD) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write a REFI-QDA project to FILE.</source>
        <translation>Ein REFI-QDA-Projekt in FILE schreiben.</translation>
    </message>
    <message>
        <source>Only annotations of this code and the codes below it.</source>
        <translation>Nur Annotationen dieses Codes und der Codes darunter.</translation>
    </message>
    <message>
        <source>Only articles published on or after DATE.</source>
        <translation>Nur Artikel, die an oder nach DATE veröffentlicht wurden.</translation>
    </message>
    <message>
        <source>Only articles published on or before DATE.</source>
        <translation>Nur Artikel, die an oder vor DATE veröffentlicht wurden.</translation>
    </message>
    <message>
        <source>With --csv: one row per entity mention instead.</source>
        <translation>Mit --csv: stattdessen eine Zeile pro Entitätserwähnung.</translation>
    </message>
    <message>
        <source>With --csv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Mit --csv: mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>With --pdf: A4 (default) or Letter.</source>
        <translation>Mit --pdf: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>export needs exactly one of --csv, --pdf, --jsonld or --qdpx with a file.</source>
        <translation>export benötigt genau eine der Optionen --csv, --pdf, --jsonld oder --qdpx mit einer Datei.</translation>
    </message>
    <message>
        <source>export needs a file name after --%1.</source>
        <translation>export benötigt einen Dateinamen nach --%1.</translation>
    </message>
    <message>
        <source>--mentions goes with --csv.</source>
        <translation>--mentions gehört zu --csv.</translation>
    </message>
    <message>
        <source>--bom goes with --csv.</source>
        <translation>--bom gehört zu --csv.</translation>
    </message>
    <message>
        <source>--page-size goes with --pdf.</source>
        <translation>--page-size gehört zu --pdf.</translation>
    </message>
    <message>
        <source>--page-size: &apos;%1&apos; is neither A4 nor Letter.</source>
        <translation>--page-size: „%1“ ist weder A4 noch Letter.</translation>
    </message>
    <message>
        <source>Usage: gloss [--db FILE|URL] [COMMAND [OPTIONS]]

Without a command, Gloss opens its window.

Commands (JSON on stdout; exit 0 ok, 1 usage, 2 bad input, 3 database error):
  import PATH… [--title-column NAME] [--date-column NAME] [--text-column NAME] [--url-column NAME]
               [--max-size MB]
                           import article files or folders (text, Markdown, HTML, CSV, JSON Lines)
  documents [--query FTS] [--from DATE] [--to DATE] [--entity NAME] [--code NAME] [--limit N]
                           list documents
  show ID                  one document with its text, entities, time expressions, events and
                           annotations
  entities [--doc ID]      recognised people, organisations, places and groups (mentions)
  timeline [--doc ID]      documents by date, the dates they name (normalised) and the calls
                           and meetings they report
  recognize [--doc ID]     recognise the entities, dates and events of stored articles again
  annotate --doc ID --start N --end N --code NAME [--note TEXT] [--author NAME]
                           mark a passage (UTF-16 offsets into the text) with a code; NAME may be
                           a full path such as Actors/States
  annotations [--doc ID] [--code NAME]
                           list annotations in reading order (a code includes the codes below it)
  codes [--install-default]
                           the code book; a new corpus has none until --install-default adds
                           the news-analysis codes (Claim, Quote, Figure, Event, Question, Important)
  export (--csv|--pdf|--jsonld|--qdpx) FILE [--code NAME] [--doc ID] [--from DATE] [--to DATE]
         [--mentions] [--bom] [--page-size A4|Letter]
                           annotations as CSV (--mentions: one row per entity mention), a PDF
                           report, W3C Web Annotations (JSON-LD) or a REFI-QDA project; dates
                           are publication dates, a code includes the codes below it
  copy --from FILE|URL --to FILE|URL
                           copies a whole corpus into a new, empty one, from a file to a
                           PostgreSQL server or back; verified by row counts and checksums

Options:
  --db FILE|URL            the corpus database (default: %1), or a shared corpus on a
                           PostgreSQL server: postgresql://user@host:port/database
  --lang CODE              the language of the window (de, he, …)
  -h, --help               this text
  -v, --version            the version
</source>
        <translation>Aufruf: gloss [--db FILE|URL] [COMMAND [OPTIONS]]

Ohne Befehl öffnet Gloss sein Fenster.

Befehle (JSON auf stdout; Exit-Code 0 ok, 1 Aufruf, 2 ungültige Eingabe, 3 Datenbankfehler):
  import PATH… [--title-column NAME] [--date-column NAME] [--text-column NAME] [--url-column NAME]
               [--max-size MB]
                           Artikeldateien oder -ordner importieren (Text, Markdown, HTML, CSV,
                           JSON Lines)
  documents [--query FTS] [--from DATE] [--to DATE] [--entity NAME] [--code NAME] [--limit N]
                           Dokumente auflisten
  show ID                  ein Dokument mit seinem Text, seinen Entitäten, Zeitausdrücken,
                           Ereignissen und Annotationen
  entities [--doc ID]      erkannte Personen, Organisationen, Orte und Gruppen (Erwähnungen)
  timeline [--doc ID]      Dokumente nach Datum, die darin genannten Daten (normalisiert) sowie
                           die berichteten Telefonate und Treffen
  recognize [--doc ID]     Entitäten, Daten und Ereignisse gespeicherter Artikel neu erkennen
  annotate --doc ID --start N --end N --code NAME [--note TEXT] [--author NAME]
                           eine Textstelle (UTF-16-Offsets im Text) mit einem Code markieren;
                           NAME darf ein vollständiger Pfad wie Actors/States sein
  annotations [--doc ID] [--code NAME]
                           Annotationen in Lesereihenfolge auflisten (ein Code schließt die
                           Codes darunter ein)
  codes [--install-default]
                           das Codebuch; ein neuer Korpus hat keine Codes, bis --install-default
                           die Codes für Nachrichtenanalyse hinzufügt (Claim, Quote, Figure,
                           Event, Question, Important)
  export (--csv|--pdf|--jsonld|--qdpx) FILE [--code NAME] [--doc ID] [--from DATE] [--to DATE]
         [--mentions] [--bom] [--page-size A4|Letter]
                           Annotationen als CSV (--mentions: eine Zeile pro Entitätserwähnung),
                           als PDF-Bericht, als W3C Web Annotations (JSON-LD) oder als
                           REFI-QDA-Projekt; Daten sind Veröffentlichungsdaten, ein Code
                           schließt die Codes darunter ein
  copy --from FILE|URL --to FILE|URL
                           kopiert ein ganzes Korpus in ein neues, leeres, von einer Datei auf
                           einen PostgreSQL-Server oder zurück; geprüft mit Zeilenzahlen und
                           Prüfsummen

Optionen:
  --db FILE|URL            die Korpus-Datenbank (Standard: %1) oder ein gemeinsames Korpus
                           auf einem PostgreSQL-Server: postgresql://user@host:port/database
  --lang CODE              die Sprache des Fensters (de, he, …)
  -h, --help               dieser Text
  -v, --version            die Version
</translation>
    </message>
    <message>
        <source>The corpus to copy (a file or a postgresql:// address).</source>
        <translation>Das zu kopierende Korpus (eine Datei oder eine postgresql://-Adresse).</translation>
    </message>
    <message>
        <source>The new corpus (a file or a postgresql:// address).</source>
        <translation>Das neue Korpus (eine Datei oder eine postgresql://-Adresse).</translation>
    </message>
    <message>
        <source>copy needs --from and --to.</source>
        <translation>copy braucht --from und --to.</translation>
    </message>
    <message>
        <source>the copy in %1 differs from %2 (see the tables whose checksums do not match).</source>
        <translation>die Kopie in %1 weicht von %2 ab (siehe die Tabellen, deren Prüfsummen nicht übereinstimmen).</translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>A code needs a name.</source>
        <translation>Ein Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; contains &apos;/&apos;, which separates the levels of a path.</source>
        <translation>Der Codename „%1“ enthält „/“, das die Ebenen eines Pfads trennt.</translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; at the top level.</source>
        <translation>Auf der obersten Ebene gibt es bereits einen Code „%1“.</translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; under &apos;%2&apos;.</source>
        <translation>Unter „%2“ gibt es bereits einen Code „%1“.</translation>
    </message>
    <message>
        <source>The colour &apos;%1&apos; of code &apos;%2&apos; is not of the form #rrggbb.</source>
        <translation>Die Farbe „%1“ des Codes „%2“ hat nicht die Form #rrggbb.</translation>
    </message>
    <message>
        <source>There is no parent code %1 for &apos;%2&apos;.</source>
        <translation>Es gibt keinen übergeordneten Code %1 für „%2“.</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>Es gibt keinen Code %1.</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be moved under itself or one of its own children.</source>
        <translation>Der Code „%1“ kann nicht unter sich selbst oder einen seiner eigenen Untercodes verschoben werden.</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be merged into itself or one of its own children.</source>
        <translation>Der Code „%1“ kann nicht mit sich selbst oder einem seiner eigenen Untercodes zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no code %1 to move the annotations of &apos;%2&apos; to.</source>
        <translation>Es gibt keinen Code %1, in den die Annotationen von „%2“ verschoben werden könnten.</translation>
    </message>
    <message>
        <source>The annotations of &apos;%1&apos; cannot move to a code that is removed with it.</source>
        <translation>Die Annotationen von „%1“ können nicht in einen Code verschoben werden, der mit ihm zusammen entfernt wird.</translation>
    </message>
    <message>
        <source>There is no code &apos;%1&apos;.</source>
        <translation>Es gibt keinen Code „%1“.</translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; is ambiguous; use its full path (%2).</source>
        <translation>Der Codename „%1“ ist mehrdeutig; verwenden Sie den vollständigen Pfad (%2).</translation>
    </message>
    <message>
        <source>The default code book %1 cannot be read: %2</source>
        <translation>Das Standard-Codebuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The code book %1 cannot be read: %2</source>
        <translation>Das Codebuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON code book (%2 at byte %3).</source>
        <translation>%1: kein JSON-Codebuch (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1: the field &apos;codes&apos; must be a list of codes.</source>
        <translation>%1: Das Feld „codes“ muss eine Liste von Codes sein.</translation>
    </message>
    <message>
        <source>%1: %2.name must be a non-empty name without &apos;/&apos;.</source>
        <translation>%1: %2.name muss ein nicht leerer Name ohne „/“ sein.</translation>
    </message>
    <message>
        <source>%1: %2.name: the code &apos;%3&apos; appears twice at the same level.</source>
        <translation>%1: %2.name: Der Code „%3“ kommt auf derselben Ebene zweimal vor.</translation>
    </message>
    <message>
        <source>%1: %2.colour: &apos;%3&apos; (code &apos;%4&apos;) is not of the form #rrggbb.</source>
        <translation>%1: %2.colour: „%3“ (Code „%4“) hat nicht die Form #rrggbb.</translation>
    </message>
    <message>
        <source>%1: %2.children must be a list of codes.</source>
        <translation>%1: %2.children muss eine Liste von Codes sein.</translation>
    </message>
</context>
<context>
    <name>CodeBookSnapshot</name>
    <message>
        <source>%1: the table &apos;%2&apos; has no column &apos;id&apos;; the corpus is damaged.</source>
        <translation>%1: Die Tabelle „%2“ hat keine Spalte „id“; der Korpus ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>CorpusCopier</name>
    <message>
        <source>%1 already holds a corpus (its %2 table has rows); copy into a new, empty one.</source>
        <translation>%1 enthält bereits ein Korpus (seine Tabelle %2 hat Zeilen); kopieren Sie in ein neues, leeres.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be copied into it.</source>
        <translation>%1 ist schreibgeschützt; es kann nichts hineinkopiert werden.</translation>
    </message>
</context>
<context>
    <name>CreateCodeCommand</name>
    <message>
        <source>New Code “%1”</source>
        <translation>Neuer Code „%1“</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>There is no code %1 in %2.</source>
        <translation>In %2 gibt es keinen Code %1.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty: it ends before it starts.</source>
        <translation>Der Datumsbereich %1 bis %2 ist leer: Er endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>There is no document %1 in %2.</source>
        <translation>In %2 gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>code %1 and the codes below it</source>
        <translation>Code %1 und die Codes darunter</translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation>veröffentlicht ab %1</translation>
    </message>
    <message>
        <source>published until %1</source>
        <translation>veröffentlicht bis %1</translation>
    </message>
    <message>
        <source>the whole corpus</source>
        <translation>der gesamte Korpus</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>No file to export to was given.</source>
        <translation>Es wurde keine Datei für den Export angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; export to a file.</source>
        <translation>%1 ist ein Ordner; exportieren Sie in eine Datei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>Gloss::AboutDialog</name>
    <message>
        <source>About Gloss</source>
        <translation>Über Gloss</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Datenquellen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Gloss icon</source>
        <translation>Gloss-Symbol</translation>
    </message>
    <message>
        <source>Gloss %1</source>
        <translation>Gloss %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A workbench for reading a corpus of news articles, seeing who, what, where and when at a glance, annotating passages and exporting the notes.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: articles and notes live in one SQLite file, and nothing is fetched from the network.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Werkbank zum Lesen eines Korpus von Nachrichtenartikeln: Sie sehen auf einen Blick, wer, was, wo und wann, annotieren Textstellen und exportieren die Notizen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: Artikel und Notizen liegen in einer einzigen SQLite-Datei, und nichts wird aus dem Netz geladen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>kompiliert mit %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting</translation>
    </message>
    <message numerus="yes">
        <source>%n syntax definition(s)</source>
        <translation>
            <numerusform>%n Syntaxdefinition</numerusform>
            <numerusform>%n Syntaxdefinitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour theme(s)</source>
        <translation>
            <numerusform>%n Farbschema</numerusform>
            <numerusform>%n Farbschemata</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>full-text search with FTS5</source>
        <translation>Volltextsuche mit FTS5</translation>
    </message>
    <message>
        <source>full-text search with FTS5; built with %1</source>
        <translation>Volltextsuche mit FTS5; kompiliert mit %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Gloss recognises entities with its own rules and these word lists, built from packaged, openly licensed data (resources/gazetteer/SOURCES.md tells how):</source>
        <translation>Gloss erkennt Entitäten mit eigenen Regeln und diesen Wortlisten, die aus mitgelieferten, offen lizenzierten Daten erstellt wurden (wie, steht in resources/gazetteer/SOURCES.md):</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The sample corpus a new installation opens with holds five news reports of 2023–2024, for trying Gloss out.</source>
        <translation>Der Beispielkorpus, mit dem eine neue Installation startet, enthält fünf Nachrichtenberichte aus den Jahren 2023–2024 zum Ausprobieren von Gloss.</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationEditor</name>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Es gibt keine Annotation %1.</translation>
    </message>
    <message>
        <source>Annotation %1 no longer exists (removed in another window?).</source>
        <translation>Annotation %1 existiert nicht mehr (in einem anderen Fenster entfernt?).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Code</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation>„%1“ annotieren</translation>
    </message>
    <message>
        <source>Annotate “%1” as %2</source>
        <translation>„%1“ als %2 annotieren</translation>
    </message>
    <message>
        <source>Edit Article Note</source>
        <translation>Artikelnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationListModel</name>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>%1 (no longer found in the article)</source>
        <translation>%1 (nicht mehr im Artikel gefunden)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationMargin</name>
    <message>
        <source>Annotations in the margin</source>
        <translation>Annotationen am Rand</translation>
    </message>
    <message>
        <source>A bar beside the lines of each annotation, coloured by its code; click one to select it.</source>
        <translation>Ein Balken neben den Zeilen jeder Annotation, gefärbt nach ihrem Code; klicken Sie auf einen, um die Annotation auszuwählen.</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationsPanel</name>
    <message>
        <source>Which annotations</source>
        <translation>Welche Annotationen</translation>
    </message>
    <message>
        <source>This Article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>Erstellungszeitraum</translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation>Beliebiger Zeitpunkt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Filter passages and notes</source>
        <translation>Textstellen und Notizen filtern</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Annotationen filtern</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Select an annotation to write its note (Markdown).</source>
        <translation>Wählen Sie eine Annotation aus, um ihre Notiz zu schreiben (Markdown).</translation>
    </message>
    <message>
        <source>Notes on the whole article (Markdown).</source>
        <translation>Notizen zum gesamten Artikel (Markdown).</translation>
    </message>
    <message>
        <source>Article Note</source>
        <translation>Artikelnotiz</translation>
    </message>
    <message>
        <source>All Codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleBuilder</name>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>Veröffentlichungsdatum unbekannt</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>Artikelnotiz</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>Annotationen (%1)</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>Ohne Code</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation>nicht mehr im Text gefunden</translation>
    </message>
    <message>
        <source>Entities in this article</source>
        <translation>Entitäten in diesem Artikel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with the codes below</source>
        <translation>
            <numerusform>%1, %n mit den Codes darunter</numerusform>
            <numerusform>%1, %n mit den Codes darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Code(s)</source>
        <translation>
            <numerusform>%n Code verschieben</numerusform>
            <numerusform>%n Codes verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookPanel</name>
    <message>
        <source>Install the Default Code Book</source>
        <translation>Standard-Codebuch installieren</translation>
    </message>
    <message>
        <source>Code Book</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>&amp;Neuer Code</translation>
    </message>
    <message>
        <source>New C&amp;hild Code</source>
        <translation>Neuer &amp;Untercode</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;Beschreibung…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Einrücken</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Ausrücken</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Load Code Book…</source>
        <translation>Codebuch la&amp;den…</translation>
    </message>
    <message>
        <source>Install De&amp;fault Code Book</source>
        <translation>&amp;Standard-Codebuch installieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Untercode</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>New code at the top level (Insert)</source>
        <translation>Neuer Code auf der obersten Ebene (Einfg)</translation>
    </message>
    <message>
        <source>New code below the selected one</source>
        <translation>Neuer Code unterhalb des ausgewählten</translation>
    </message>
    <message>
        <source>Delete the selected code (Del)</source>
        <translation>Ausgewählten Code löschen (Entf)</translation>
    </message>
    <message>
        <source>Move the selected code up (Alt+Up)</source>
        <translation>Ausgewählten Code nach oben verschieben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the selected code down (Alt+Down)</source>
        <translation>Ausgewählten Code nach unten verschieben (Alt+↓)</translation>
    </message>
    <message>
        <source>Code book tools</source>
        <translation>Codebuch-Werkzeuge</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>All code book actions</source>
        <translation>Alle Codebuch-Aktionen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Claim, Quote, Figure, Event, Question and Important, for news analysis</source>
        <translation>Claim, Quote, Figure, Event, Question und Important – für die Nachrichtenanalyse</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n without a code</source>
        <translation>
            <numerusform>%1, %n ohne Code</numerusform>
            <numerusform>%1, %n ohne Code</numerusform>
        </translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What “%1” is for:</source>
        <translation>Wofür „%1“ gedacht ist:</translation>
    </message>
    <message>
        <source>There is no other code to merge “%1” into.</source>
        <translation>Es gibt keinen anderen Code, mit dem „%1“ zusammengeführt werden könnte.</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into (its annotations and the codes below it go there):</source>
        <translation>„%1“ zusammenführen mit (seine Annotationen und die Codes darunter werden dorthin übernommen):</translation>
    </message>
    <message>
        <source>Load Code Book</source>
        <translation>Codebuch laden</translation>
    </message>
    <message>
        <source>Code books (*.json);;All files (*)</source>
        <translation>Codebücher (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n code(s) of this corpus with those of “%1”?</source>
        <translation>
            <numerusform>Den %n Code dieses Korpus durch die Codes aus „%1“ ersetzen?</numerusform>
            <numerusform>Die %n Codes dieses Korpus durch die Codes aus „%1“ ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations keep their code where the new code book has a code of the same path; the others are kept without a code. Edit › Undo brings the old code book back.</source>
        <translation>Annotationen behalten ihren Code, wenn das neue Codebuch einen Code mit demselben Pfad enthält; die übrigen bleiben ohne Code erhalten. Mit Bearbeiten › Rückgängig erhalten Sie das alte Codebuch zurück.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>Gloss::CodePicker</name>
    <message>
        <source>Annotate with Code</source>
        <translation>Mit Code annotieren</translation>
    </message>
    <message>
        <source>Type a code, or a new name…</source>
        <translation>Code oder neuen Namen eingeben…</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Create code “%1”</source>
        <translation>Code „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListModel</name>
    <message>
        <source>Date from: %1</source>
        <translation>Datum aus: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListPanel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <source>Search articles (&quot;phrase&quot;, prefix*, AND, OR, NOT)</source>
        <translation>Artikel durchsuchen (&quot;Phrase&quot;, Präfix*, AND, OR, NOT)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Show articles of any date</source>
        <translation>Artikel jedes Datums anzeigen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Show articles mentioning anyone and anything</source>
        <translation>Artikel unabhängig von Erwähnungen anzeigen</translation>
    </message>
    <message>
        <source>Mentioning %1  ✕</source>
        <translation>Erwähnt %1  ✕</translation>
    </message>
    <message>
        <source>Remove the filter on %1</source>
        <translation>Filter auf %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n Artikel passt</numerusform>
            <numerusform>%n Artikel passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Full-text search over titles and text: words, &quot;phrases&quot;, prefix*, AND, OR and NOT. The list below shows the matches.</source>
        <translation>Volltextsuche in Titeln und Text: Wörter, &quot;Phrasen&quot;, Präfix*, AND, OR und NOT. Die Liste darunter zeigt die Treffer.</translation>
    </message>
    <message>
        <source>The articles that match the search and the dates, one per row with its title, publication date and length. The selected one is shown in the reader; click a column header to sort.</source>
        <translation>Die Artikel, die zur Suche und zu den Daten passen, einer pro Zeile mit Titel, Veröffentlichungsdatum und Länge. Der ausgewählte wird in der Leseansicht angezeigt; klicken Sie auf einen Spaltenkopf, um zu sortieren.</translation>
    </message>
    <message>
        <source>Clear the dates</source>
        <translation>Daten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Gloss::EntitiesPanel</name>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>Gesamter Korpus</translation>
    </message>
    <message>
        <source>Entities of</source>
        <translation>Entitäten aus</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Find an entity</source>
        <translation>Entität suchen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Show in &amp;Timeline</source>
        <translation>In &amp;Zeitleiste zeigen</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionCommand</name>
    <message>
        <source>Mark “%1”</source>
        <translation>„%1“ als Entität markieren</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>„%1“ als Entität verwerfen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityLegend</name>
    <message>
        <source>Entity highlighting</source>
        <translation>Entitätshervorhebung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message numerus="yes">
        <source>Show or hide the highlighting of %n mention(s) of this kind</source>
        <translation>
            <numerusform>Hervorhebung von %n Erwähnung dieser Art ein- oder ausblenden</numerusform>
            <numerusform>Hervorhebung von %n Erwähnungen dieser Art ein- oder ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation>
            <numerusform>%1, %n Erwähnung</numerusform>
            <numerusform>%1, %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>One button per kind of entity in the article, with how many mentions it has. Each kind is underlined in its own style as well as tinted: people solid, organisations dashed, places dotted, groups dash-dotted, dates wavy, quantities dash-dot-dotted. Uncheck a kind to hide its highlighting.</source>
        <translation>Eine Schaltfläche pro Entitätsart im Artikel, mit der Anzahl ihrer Erwähnungen. Jede Art ist nicht nur eingefärbt, sondern auch in einem eigenen Stil unterstrichen: Personen durchgezogen, Organisationen gestrichelt, Orte gepunktet, Gruppen strichpunktiert, Daten gewellt, Mengen strich-punkt-punktiert. Deaktivieren Sie eine Art, um ihre Hervorhebung auszublenden.</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>durchgezogen</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestrichelt</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>gepunktet</translation>
    </message>
    <message>
        <source>dash-dotted</source>
        <translation>strichpunktiert</translation>
    </message>
    <message>
        <source>dash-dot-dotted</source>
        <translation>strich-punkt-punktiert</translation>
    </message>
    <message>
        <source>wavy</source>
        <translation>gewellt</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>Highlighted with a %1 underline</source>
        <translation>Hervorgehoben durch Unterstreichung: %1</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityListModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · mentioned %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n-mal erwähnt</numerusform>
            <numerusform>%1 · %2 · %n-mal erwähnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportController</name>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (QDPX) for ATLAS.ti, MAXQDA, NVivo, QualCoder</source>
        <translation>REFI-QDA-Projekt (QDPX) für ATLAS.ti, MAXQDA, NVivo, QualCoder</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert werden soll</translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation>Der gesamte Korpus</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>Der aktuelle Artikel</translation>
    </message>
    <message>
        <source>One code and the codes below it</source>
        <translation>Ein Code und die Codes darunter</translation>
    </message>
    <message>
        <source>Articles published between</source>
        <translation>Artikel, veröffentlicht zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so Excel reads accents and other scripts</source>
        <translation>Mit einer Bytereihenfolgemarke (BOM) beginnen, damit Excel Akzente und andere Schriften richtig liest</translation>
    </message>
    <message>
        <source>One row per entity mention instead of per annotation</source>
        <translation>Eine Zeile pro Entitätserwähnung statt pro Annotation</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entity mention(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>%n Entitätserwähnung in %2 geschrieben (%1 Artikel).</numerusform>
            <numerusform>%n Entitätserwähnungen in %2 geschrieben (%1 Artikel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>%n Annotation in %2 geschrieben (%1 Artikel).</numerusform>
            <numerusform>%n Annotationen in %2 geschrieben (%1 Artikel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s).</source>
        <translation>
            <numerusform>Der Bericht hat %n Seite.</numerusform>
            <numerusform>Der Bericht hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
</context>
<context>
    <name>Gloss::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Artikel werden gesucht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten…</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 imported, %4 duplicates, %5 failed
%6</source>
        <translation>%1 von %2 Dateien · %3 importiert, %4 Duplikate, %5 fehlgeschlagen
%6</translation>
    </message>
</context>
<context>
    <name>Gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Recognise Entities Again</source>
        <translation>Entitäten e&amp;rneut erkennen</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;Über Gloss</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No corpus open</source>
        <translation>Kein Korpus geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 von %n Artikel</numerusform>
            <numerusform>%1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss);;All files (*)</source>
        <translation>Gloss-Korpora (*.gloss);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>Korpus kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Corpus Damaged</source>
        <translation>Korpus beschädigt</translation>
    </message>
    <message>
        <source>%1

Gloss opened it read-only so nothing more is written to it.</source>
        <translation>%1

Gloss hat es schreibgeschützt geöffnet, damit nichts mehr hineingeschrieben wird.</translation>
    </message>
    <message>
        <source>Recognising the entities of every article…</source>
        <translation>Entitäten aller Artikel werden erkannt…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Recognising Entities</source>
        <translation>Entitäten werden erkannt</translation>
    </message>
    <message numerus="yes">
        <source>Entities recognised again in %n article(s).</source>
        <translation>
            <numerusform>Entitäten in %n Artikel erneut erkannt.</numerusform>
            <numerusform>Entitäten in %n Artikeln erneut erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This corpus is read-only; nothing can be imported into it.</source>
        <translation>Dieses Korpus ist schreibgeschützt; es kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Ordner mit Artikeln importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n bereits im Korpus</numerusform>
            <numerusform>, %n bereits im Korpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) failed</source>
        <translation>
            <numerusform>, %n Datei fehlgeschlagen</numerusform>
            <numerusform>, %n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (angehalten)</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>The other files were imported. Nothing was stored from the files below.</source>
        <translation>Die übrigen Dateien wurden importiert. Aus den folgenden Dateien wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Colour Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>This corpus is read-only; its entities cannot be corrected.</source>
        <translation>Dieses Korpus ist schreibgeschützt; seine Entitäten können nicht korrigiert werden.</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing name merges the two):</source>
        <translation>Neuer Name für „%1“ (ein bereits vorhandener Name führt beide zusammen):</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>&amp;Neues Korpus…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 %2  [%3]</source>
        <translation>%1 %2  [%3]</translation>
    </message>
    <message>
        <source>No Recent Corpora</source>
        <translation>Keine zuletzt geöffneten Korpora</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Configure Gloss…</source>
        <translation>Gloss &amp;konfigurieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>mentioning %1</source>
        <translation>mit Erwähnung von %1</translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation>mit Code %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation>Neues Korpus</translation>
    </message>
    <message>
        <source>corpus.gloss</source>
        <translation>korpus.gloss</translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss)</source>
        <translation>Gloss-Korpora (*.gloss)</translation>
    </message>
    <message>
        <source>Cannot Create Corpus</source>
        <translation>Korpus kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 exists already; Gloss does not overwrite it. Choose another name.</source>
        <translation>%1 ist bereits vorhanden; Gloss überschreibt es nicht. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Created the empty corpus %1. Import articles with File › Import.</source>
        <translation>Das leere Korpus %1 wurde erstellt. Importieren Sie Artikel über Datei › Importieren.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been taken off the recent list.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus der Liste der zuletzt geöffneten Korpora entfernt.</translation>
    </message>
    <message>
        <source>Taken off the recent list, no longer found: %1</source>
        <translation>Aus der Liste der zuletzt geöffneten Korpora entfernt, da nicht mehr gefunden: %1</translation>
    </message>
    <message>
        <source>F&amp;it Timeline</source>
        <translation>Zeitleiste ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Code Book</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>Annotate with &amp;Code…</source>
        <translation>Mit &amp;Code annotieren…</translation>
    </message>
    <message>
        <source>Annotate the selected passage with a code (type to find or create one)</source>
        <translation>Die ausgewählte Textstelle mit einem Code annotieren (tippen, um einen zu finden oder anzulegen)</translation>
    </message>
    <message>
        <source>Edit &amp;Note of Annotation</source>
        <translation>&amp;Notiz der Annotation bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>Annotation &amp;entfernen</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>&amp;Annotationen anzeigen</translation>
    </message>
    <message>
        <source>Annotate as %1</source>
        <translation>Als %1 annotieren</translation>
    </message>
    <message>
        <source>This corpus is read-only; nothing can be annotated in it.</source>
        <translation>Dieses Korpus ist schreibgeschützt; darin kann nichts annotiert werden.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotationen</translation>
    </message>
    <message>
        <source>Code &amp;Book</source>
        <translation>Code&amp;buch</translation>
    </message>
    <message>
        <source>Open &amp;Shared Corpus…</source>
        <translation>&amp;Gemeinsames Korpus öffnen…</translation>
    </message>
    <message>
        <source>Open Shared Corpus</source>
        <translation>Gemeinsames Korpus öffnen</translation>
    </message>
    <message>
        <source>Address of the corpus on a PostgreSQL server, for example
postgresql://name@server:5432/corpus?sslmode=verify-full

The password is read from ~/.pgpass or PGPASSWORD; Gloss never stores it.</source>
        <translation>Adresse des Korpus auf einem PostgreSQL-Server, zum Beispiel
postgresql://name@server:5432/corpus?sslmode=verify-full

Das Passwort wird aus ~/.pgpass oder PGPASSWORD gelesen; Gloss speichert es nie.</translation>
    </message>
    <message>
        <source>Cannot Open Shared Corpus</source>
        <translation>Gemeinsames Korpus kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: it starts with postgresql://.</source>
        <translation>%1 ist keine PostgreSQL-Adresse: Eine solche beginnt mit postgresql://.</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteEditor</name>
    <message>
        <source>Note (Markdown)</source>
        <translation>Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1 (from the dateline)</source>
        <translation>%1 (aus der Ortsmarke)</translation>
    </message>
    <message>
        <source>%1 (from a linked post)</source>
        <translation>%1 (aus einem verlinkten Beitrag)</translation>
    </message>
    <message>
        <source>%1 (inferred from the text)</source>
        <translation>%1 (aus dem Text erschlossen)</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (von Hand festgelegt)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <source>Choose an article from the list, or import articles with File › Import.</source>
        <translation>Wählen Sie einen Artikel aus der Liste oder importieren Sie Artikel über Datei › Importieren.</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <source>Reject “%1” as an Entity</source>
        <translation>„%1“ als Entität verwerfen</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <source>Annotation: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Annotation: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>Annotate as</source>
        <translation>Annotieren als</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Choose or Create a Code…</source>
        <translation>Code auswählen oder anlegen…</translation>
    </message>
    <message>
        <source>Edit Note of Annotation</source>
        <translation>Notiz der Annotation bearbeiten</translation>
    </message>
    <message>
        <source>Change Code of Annotation</source>
        <translation>Code der Annotation ändern</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
</context>
<context>
    <name>Gloss::RemoveCodeDialog</name>
    <message>
        <source>&amp;Delete the annotations</source>
        <translation>Annotationen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep them without a code</source>
        <translation>&amp;Ohne Code behalten</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verschieben nach:</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Code löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and the %n code(s) below it have %2. What should happen to them?</source>
        <translation>
            <numerusform>„%1“ und der %n untergeordnete Code haben %2. Was soll mit ihnen geschehen?</numerusform>
            <numerusform>„%1“ und die %n untergeordneten Codes haben %2. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2. What should happen to them?</source>
        <translation>„%1“ hat %2. Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>Code to move the annotations to</source>
        <translation>Code, in den die Annotationen verschoben werden</translation>
    </message>
    <message>
        <source>There is no other code to move them to.</source>
        <translation>Es gibt keinen anderen Code, in den sie verschoben werden könnten.</translation>
    </message>
    <message>
        <source>Edit › Undo brings the code and its annotations back.</source>
        <translation>Mit Bearbeiten › Rückgängig lassen sich der Code und seine Annotationen wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Configure Gloss</source>
        <translation>Gloss konfigurieren</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotationen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>&amp;Systemschriftart verwenden</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>Schriftart der Leseansicht</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Schriftgröße der Leseansicht</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Gloss starts in the new language the next time it is opened.</source>
        <translation>Gloss startet beim nächsten Öffnen in der neuen Sprache.</translation>
    </message>
    <message>
        <source>Colour &amp;theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Colours the reader, its entities and the timeline. Follow System picks a light or dark theme to match the desktop.</source>
        <translation>Färbt die Leseansicht, ihre Entitäten und die Zeitleiste ein. „System folgen“ wählt passend zum Desktop ein helles oder dunkles Farbschema.</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>Schriftart der Leseansicht:</translation>
    </message>
    <message>
        <source>&amp;Font and size:</source>
        <translation>Schrift&amp;art und -größe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Autorname:</translation>
    </message>
    <message>
        <source>Every annotation you make carries this name, so notes from several people can be told apart in exports. Left empty, your account&apos;s name is used.</source>
        <translation>Jede Annotation, die Sie anlegen, trägt diesen Namen, sodass sich die Notizen mehrerer Personen in Exporten auseinanderhalten lassen. Bleibt das Feld leer, wird der Name Ihres Benutzerkontos verwendet.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Start CSV files with a &amp;byte order mark</source>
        <translation>CSV-Dateien mit einer &amp;Byte Order Mark (BOM) beginnen</translation>
    </message>
    <message>
        <source>PDF report &amp;page size:</source>
        <translation>&amp;Seitenformat für PDF-Berichte:</translation>
    </message>
    <message>
        <source>CSV:</source>
        <translation>CSV:</translation>
    </message>
    <message>
        <source>Microsoft Excel needs the mark to read accented letters correctly; most other programs do not.</source>
        <translation>Microsoft Excel benötigt diese Markierung, um Buchstaben mit Akzenten richtig zu lesen; die meisten anderen Programme nicht.</translation>
    </message>
    <message>
        <source>These are the defaults the export dialog starts with.</source>
        <translation>Mit diesen Voreinstellungen öffnet sich der Exportdialog.</translation>
    </message>
    <message>
        <source>Colour the &amp;whole window with the theme</source>
        <translation>&amp;Ganzes Fenster im Farbschema einfärben</translation>
    </message>
    <message>
        <source>For a dark window where the desktop has no dark mode of its own</source>
        <translation>Für ein dunkles Fenster, wenn der Desktop selbst keinen dunklen Modus hat</translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pan by a page</source>
        <translation>Seitenweise verschieben</translation>
    </message>
    <message>
        <source>Fit everything</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Clear the selected period</source>
        <translation>Gewählten Zeitraum aufheben</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Nach Name oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Next field or panel</source>
        <translation>Nächstes Feld oder nächster Bereich</translation>
    </message>
    <message>
        <source>Previous field or panel</source>
        <translation>Vorheriges Feld oder vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>Gloss::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>No dated articles</source>
        <translation>Keine datierten Artikel</translation>
    </message>
    <message>
        <source>&lt;p&gt;The timeline shows when articles were published, the calls and meetings they report, the dates they mention and the selected entities, one lane each.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Wheel, pinch, &lt;b&gt;+&lt;/b&gt; and &lt;b&gt;−&lt;/b&gt;: zoom (around the pointer)&lt;/li&gt;&lt;li&gt;Drag, arrow keys: pan · &lt;b&gt;Home&lt;/b&gt;: fit everything&lt;/li&gt;&lt;li&gt;Click a mark: show its article&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift&lt;/b&gt;+drag, or drag along the dates at the bottom: show only the articles of that period · &lt;b&gt;Esc&lt;/b&gt;, a click on empty space or the band&apos;s × clears it&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Die Zeitleiste zeigt, wann Artikel veröffentlicht wurden, welche Telefonate und Treffen sie melden, welche Daten sie erwähnen und die ausgewählten Entitäten – jeweils in einer eigenen Spur.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Mausrad, Zwei-Finger-Zoom, &lt;b&gt;+&lt;/b&gt; und &lt;b&gt;−&lt;/b&gt;: zoomen (um den Mauszeiger herum)&lt;/li&gt;&lt;li&gt;Ziehen, Pfeiltasten: verschieben · &lt;b&gt;Pos1&lt;/b&gt;: alles einpassen&lt;/li&gt;&lt;li&gt;Klick auf eine Markierung: zugehörigen Artikel anzeigen&lt;/li&gt;&lt;li&gt;&lt;b&gt;Umschalt&lt;/b&gt;+Ziehen oder Ziehen entlang der Datumsleiste unten: nur die Artikel dieses Zeitraums anzeigen · &lt;b&gt;Esc&lt;/b&gt;, ein Klick auf eine leere Stelle oder das × des Bandes hebt die Auswahl auf&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Clear Selected Period</source>
        <translation>Gewählten Zeitraum aufheben</translation>
    </message>
    <message>
        <source>No dated articles.</source>
        <translation>Keine datierten Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published from %1 to %2.</source>
        <translation>
            <numerusform>%n Artikel, veröffentlicht von %1 bis %2.</numerusform>
            <numerusform>%n Artikel, veröffentlicht von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioned date(s).</source>
        <translation>
            <numerusform>%n erwähntes Datum.</numerusform>
            <numerusform>%n erwähnte Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanes for %1.</source>
        <translation>Spuren für %1.</translation>
    </message>
    <message>
        <source>Scroll, pinch or press + and - to zoom; drag or use the arrow keys to pan; Home fits everything; click a mark to show its article; Shift+drag or drag along the dates to select a period, Escape clears it.</source>
        <translation>Scrollen, Zwei-Finger-Zoom oder + und - zum Zoomen; Ziehen oder Pfeiltasten zum Verschieben; Pos1 passt alles ein; Klick auf eine Markierung zeigt den zugehörigen Artikel; Umschalt+Ziehen oder Ziehen entlang der Datumsleiste wählt einen Zeitraum aus, Esc hebt die Auswahl auf.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Mentioned dates</source>
        <translation>Erwähnte Daten</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to show the article</source>
        <translation>Klicken, um den Artikel anzuzeigen</translation>
    </message>
    <message>
        <source>Mentioned in this article</source>
        <translation>In diesem Artikel erwähnt</translation>
    </message>
    <message>
        <source>Click to show where</source>
        <translation>Klicken, um die Stelle anzuzeigen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named %n time(s)</source>
        <translation>
            <numerusform>%n-mal genannt</numerusform>
            <numerusform>%n-mal genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles published each day: the taller the bar, the more articles.</source>
        <translation>Pro Tag veröffentlichte Artikel: Je höher der Balken, desto mehr Artikel.</translation>
    </message>
    <message>
        <source>Calls, meetings and statements the articles report (◆); a bar spans an event dated only to a week or a month.</source>
        <translation>Telefonate, Treffen und Erklärungen, über die die Artikel berichten (◆); ein Balken überspannt ein Ereignis, das nur auf eine Woche oder einen Monat genau datiert ist.</translation>
    </message>
    <message>
        <source>Days the articles talk about (▲): the darker, the more often.</source>
        <translation>Tage, von denen die Artikel sprechen (▲): Je dunkler, desto häufiger.</translation>
    </message>
    <message>
        <source>Articles mentioning %1 (●): the darker, the more articles.</source>
        <translation>Artikel, die %1 erwähnen (●): Je dunkler, desto mehr Artikel.</translation>
    </message>
    <message>
        <source>Show articles of any date (Esc)</source>
        <translation>Artikel jedes Datums anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Selected period: %1</source>
        <translation>Gewählter Zeitraum: %1</translation>
    </message>
    <message>
        <source>Drag along the dates to select a period</source>
        <translation>Entlang der Datumsleiste ziehen, um einen Zeitraum auszuwählen</translation>
    </message>
</context>
<context>
    <name>JsonLdExporter</name>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>Dokument %1 ist während des Exports aus %2 verschwunden.</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>Annotationen von %1</translation>
    </message>
</context>
<context>
    <name>JsonLdImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: its article (%2) is not in %3; import the article first.</source>
        <translation>%1: Der zugehörige Artikel (%2) ist nicht in %3; importieren Sie zuerst den Artikel.</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3).</translation>
    </message>
    <message>
        <source>%1: the annotation collection&apos;s first page is not in the file (paged collections are not read).</source>
        <translation>%1: Die erste Seite der Annotationssammlung ist nicht in der Datei (seitenweise aufgeteilte Sammlungen werden nicht gelesen).</translation>
    </message>
    <message>
        <source>%1 is not a W3C Web Annotation file: its @context is not %2.</source>
        <translation>%1 ist keine W3C-Web-Annotation-Datei: Ihr @context ist nicht %2.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1: Annotation %2</translation>
    </message>
    <message>
        <source>%1 is not of type Annotation.</source>
        <translation>%1 ist nicht vom Typ Annotation.</translation>
    </message>
    <message>
        <source>%1 has no target with a selector.</source>
        <translation>%1 hat kein Ziel mit einem Selektor.</translation>
    </message>
    <message>
        <source>%1: the TextPositionSelector %2–%3 is not a passage (start must be at least 0 and before end).</source>
        <translation>%1: Der TextPositionSelector %2–%3 ist keine Textstelle (der Anfang muss mindestens 0 sein und vor dem Ende liegen).</translation>
    </message>
    <message>
        <source>%1 has neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation>%1 hat weder einen TextQuoteSelector noch einen TextPositionSelector.</translation>
    </message>
    <message>
        <source>%1: document %2 cannot be read.</source>
        <translation>%1: Dokument %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the passage %2–%3 is past the end of document %4 (%5 characters).</source>
        <translation>%1: Die Textstelle %2–%3 liegt hinter dem Ende von Dokument %4 (%5 Zeichen).</translation>
    </message>
    <message>
        <source>%1: the quote “%2” is not in the text of document %3.</source>
        <translation>%1: Das Zitat „%2“ kommt im Text von Dokument %3 nicht vor.</translation>
    </message>
    <message>
        <source>%1: code “%2”: %3</source>
        <translation>%1: Code „%2“: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MergeCodesCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>MoveCodeCommand</name>
    <message>
        <source>Move Code “%1”</source>
        <translation>Code „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>PdfReportExporter</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Mengenangaben</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 Annotation</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 Annotationen</translation>
    </message>
    <message>
        <source>A PDF report lays out text with Qt&apos;s fonts, which needs a QGuiApplication.</source>
        <translation>Ein PDF-Bericht setzt den Text mit den Schriftarten von Qt, wofür eine QGuiApplication nötig ist.</translation>
    </message>
    <message>
        <source>Annotation report: %1</source>
        <translation>Annotationsbericht: %1</translation>
    </message>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>Dokument %1 ist während des Exports aus %2 verschwunden.</translation>
    </message>
    <message>
        <source>Annotation report</source>
        <translation>Annotationsbericht</translation>
    </message>
    <message>
        <source>Articles published %1 to %2</source>
        <translation>Artikel, veröffentlicht von %1 bis %2</translation>
    </message>
    <message>
        <source>Articles of any date</source>
        <translation>Artikel jedes Datums</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>Ohne Code</translation>
    </message>
    <message>
        <source>Generated %1 by Gloss %2 from %3</source>
        <translation>Erstellt am %1 von Gloss %2 aus %3</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>from the dateline “%1, %2”</source>
        <translation>aus der Ortsmarke „%1, %2“</translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the linked X post %3 of %4</source>
        <translation>aus der Ortsmarke „%1“; das Jahr %2 aus dem verlinkten X-Beitrag %3 vom %4</translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the latest full date in the text (%3)</source>
        <translation>aus der Ortsmarke „%1“; das Jahr %2 aus dem letzten vollständigen Datum im Text (%3)</translation>
    </message>
    <message>
        <source>the dateline says “%1” but nothing in the article gives the year</source>
        <translation>die Ortsmarke lautet „%1“, aber nichts im Artikel nennt das Jahr</translation>
    </message>
    <message>
        <source>from the linked X post %1</source>
        <translation>aus dem verlinkten X-Beitrag %1</translation>
    </message>
    <message>
        <source>the latest full date in the text</source>
        <translation>das letzte vollständige Datum im Text</translation>
    </message>
    <message>
        <source>the date header “%1” is not a calendar date</source>
        <translation>die Datumsangabe im Kopf „%1“ ist kein Kalenderdatum</translation>
    </message>
    <message>
        <source>from the %1 “%2”</source>
        <translation>aus der Angabe „%2“ (%1)</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date Gloss can read</source>
        <translation>die Angabe „%2“ (%1) ist kein Datum, das Gloss lesen kann</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 does not exist (a broken link?).</source>
        <translation>%1 ist nicht vorhanden (eine defekte Verknüpfung?).</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB per file).</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB pro Datei).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>page&apos;s published date</source>
        <translation>Veröffentlichungsdatum der Seite</translation>
    </message>
    <message>
        <source>%1 holds no article text (nothing left after removing markup and scripts).</source>
        <translation>%1 enthält keinen Artikeltext (nach dem Entfernen von Auszeichnungen und Skripten bleibt nichts übrig).</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>%1 holds no articles.</source>
        <translation>%1 enthält keine Artikel.</translation>
    </message>
    <message>
        <source>%1: there is no column named &quot;%2&quot;; the columns are: %3</source>
        <translation>%1: Es gibt keine Spalte namens „%2“; die Spalten lauten: %3</translation>
    </message>
    <message>
        <source>%1: no text column (looked for %2); the columns are: %3</source>
        <translation>%1: keine Textspalte (gesucht wurde nach %2); die Spalten lauten: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the text is empty</source>
        <translation>%1: Zeile %2: Der Text ist leer</translation>
    </message>
    <message>
        <source>%1: line %2: unbalanced quote in a CSV field</source>
        <translation>%1: Zeile %2: nicht geschlossenes Anführungszeichen in einem CSV-Feld</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has only %4 columns</source>
        <translation>%1: Zeile %2: %3 Felder, aber die Kopfzeile hat nur %4 Spalten</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON: %3 (at character %4)</source>
        <translation>%1: Zeile %2: kein gültiges JSON: %3 (bei Zeichen %4)</translation>
    </message>
    <message>
        <source>%1: line %2: not a JSON object (each line must hold one {…} object)</source>
        <translation>%1: Zeile %2: kein JSON-Objekt (jede Zeile muss genau ein {…}-Objekt enthalten)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive (Word and OpenDocument files are ZIP archives too)</source>
        <translation>ein ZIP-Archiv (auch Word- und OpenDocument-Dateien sind ZIP-Archive)</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>gzip-komprimierte Daten</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>ein Programm (ausführbare ELF-Datei)</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>ein altes Microsoft-Office-Dokument (.doc, .xls)</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like binary data).</source>
        <translation>%1 ist keine Textdatei (sie scheint Binärdaten zu enthalten).</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 ist keine Textdatei (es scheint %2 zu sein).</translation>
    </message>
    <message>
        <source>%1 holds no gold spans.</source>
        <translation>%1 enthält keine Goldstandard-Bereiche.</translation>
    </message>
    <message>
        <source>%1: a line without five fields: %2</source>
        <translation>%1: eine Zeile ohne fünf Felder: %2</translation>
    </message>
    <message>
        <source>Cannot read the article %1 in %2.</source>
        <translation>Der Artikel %1 in %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is not an SQLite file.</source>
        <translation>%1 ist keine Gloss-Datenbank: Es ist keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than an SQLite header.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer als ein SQLite-Header.</translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is an SQLite database of another program.</source>
        <translation>%1 ist keine Gloss-Datenbank: Es ist die SQLite-Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gloss (schema version %2; this version reads up to %3). Update Gloss to open it.</source>
        <translation>%1 wurde von einer neueren Version von Gloss geschrieben (Schemaversion %2; diese Version liest bis Version %3). Aktualisieren Sie Gloss, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to schema version %2 but is read-only.</source>
        <translation>%1 muss auf Schemaversion %2 aktualisiert werden, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation>%1 wird nicht aktualisiert: Die Sicherung vor der Aktualisierung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Schemaversion %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The SQLite handle of %1 is not available for a backup.</source>
        <translation>Das SQLite-Handle von %1 steht für eine Sicherung nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2 failed: %3</source>
        <translation>Die Sicherung von %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is busy: another program (another Gloss window or command?) is writing to it. Try again when it has finished.</source>
        <translation>%1 ist belegt: Ein anderes Programm (ein anderes Gloss-Fenster oder ein Befehl?) schreibt gerade hinein. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; es wurde nichts geändert. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only; it cannot be changed.</source>
        <translation>%1 ist schreibgeschützt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>Es gibt keine Entität %1.</translation>
    </message>
    <message>
        <source>The span %1–%2 is not inside the document.</source>
        <translation>Der Bereich %1–%2 liegt nicht innerhalb des Dokuments.</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <source>The entity is called “%1” already.</source>
        <translation>Die Entität heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>%1 holds Web Annotations, not articles; import it with the articles it annotates.</source>
        <translation>%1 enthält Web Annotations, keine Artikel; importieren Sie die Datei zusammen mit den Artikeln, die sie annotiert.</translation>
    </message>
    <message>
        <source>%1 could not be written (disk I/O error): the disk may be full or failing. The change was not saved.</source>
        <translation>%1 konnte nicht geschrieben werden (Ein-/Ausgabefehler des Datenträgers): Der Datenträger ist möglicherweise voll oder defekt. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change by a program that stopped (its journal %2 is still there). Open it once with write access to the file and its folder so the change can be rolled back.</source>
        <translation>%1 wurde mitten in einer Änderung zurückgelassen, weil ein Programm abgebrochen wurde (sein Journal %2 ist noch vorhanden). Öffnen Sie die Datei einmal mit Schreibrechten für die Datei und ihren Ordner, damit die Änderung zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: the server refused the user name or password (%2). Gloss never stores passwords: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD.</source>
        <translation>Anmeldung bei %1 nicht möglich: Der Server hat Benutzername oder Passwort abgelehnt (%2). Gloss speichert nie Passwörter: Legen Sie es in ~/.pgpass (oder der Datei, die PGPASSFILE nennt) oder in PGPASSWORD ab.</translation>
    </message>
    <message>
        <source>%1: the server has no such database (%2). Ask its administrator to create it, empty; Gloss sets it up on first use.</source>
        <translation>%1: Der Server hat keine solche Datenbank (%2). Bitten Sie die Administration, sie leer anzulegen; Gloss richtet sie bei der ersten Verwendung ein.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server of %1: %2</source>
        <translation>Der PostgreSQL-Server von %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server of %1 was lost (%2); nothing more was saved. Open the corpus again.</source>
        <translation>Die Verbindung zum PostgreSQL-Server von %1 wurde unterbrochen (%2); nichts Weiteres wurde gespeichert. Öffnen Sie das Korpus erneut.</translation>
    </message>
    <message>
        <source>%1 is busy: another user is writing the same rows. Try again when they have finished.</source>
        <translation>%1 ist beschäftigt: Ein anderer Benutzer schreibt dieselben Zeilen. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>%1: the server does not allow this (%2). Ask its administrator for the rights.</source>
        <translation>%1: Der Server erlaubt das nicht (%2). Bitten Sie die Administration um die Rechte.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Gloss database: it holds %n table(s) of another program. Give Gloss a database of its own.</source>
        <translation>
            <numerusform>%1 ist keine Gloss-Datenbank: Sie enthält %n Tabelle eines anderen Programms. Geben Sie Gloss eine eigene Datenbank.</numerusform>
            <numerusform>%1 ist keine Gloss-Datenbank: Sie enthält %n Tabellen eines anderen Programms. Geben Sie Gloss eine eigene Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Gloss corpus yet.</source>
        <translation>%1 enthält noch kein Gloss-Korpus.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to schema version %2 but is opened read-only.</source>
        <translation>%1 muss auf Schemaversion %2 aktualisiert werden, ist aber schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is kept on a PostgreSQL server: back it up there (pg_dump), or copy it into a file with gloss copy.</source>
        <translation>%1 liegt auf einem PostgreSQL-Server: Sichern Sie es dort (pg_dump) oder kopieren Sie es mit gloss copy in eine Datei.</translation>
    </message>
    <message>
        <source>%1 is busy: another user was writing the same rows at the same time. Try again.</source>
        <translation>%1 ist beschäftigt: Ein anderer Benutzer hat gleichzeitig dieselben Zeilen geschrieben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>%1 ist keine PostgreSQL-Adresse (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2</source>
        <translation>%1 ist keine gültige PostgreSQL-Adresse: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: the port %2 is not a number.</source>
        <translation>%1 ist keine gültige PostgreSQL-Adresse: Der Port %2 ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2 is not a connection parameter.</source>
        <translation>%1 ist keine gültige PostgreSQL-Adresse: %2 ist kein Verbindungsparameter.</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the server, as in postgresql://host/corpus.</source>
        <translation>%1 nennt keine Datenbank: Fügen Sie sie nach dem Server an, wie in postgresql://host/corpus.</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>Dokument %1 ist während des Exports aus %2 verschwunden.</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Cannot write the project of %1: the XML writer failed.</source>
        <translation>Das Projekt von %1 kann nicht geschrieben werden: Der XML-Writer ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>RemoveCodeCommand</name>
    <message>
        <source>Delete Code “%1” and Its Annotations</source>
        <translation>Code „%1“ und seine Annotationen löschen</translation>
    </message>
    <message>
        <source>Delete Code “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete Code “%1”, Moving Its Annotations</source>
        <translation>Code „%1“ löschen und seine Annotationen verschieben</translation>
    </message>
</context>
<context>
    <name>ReplaceCodeBookCommand</name>
    <message>
        <source>Install Default Code Book</source>
        <translation>Standard-Codebuch installieren</translation>
    </message>
    <message>
        <source>Load Code Book “%1”</source>
        <translation>Codebuch „%1“ laden</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>%1 Taking the change back failed too: %2</source>
        <translation>%1 Auch das Rückgängigmachen der Änderung ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Follow System</source>
        <translation>System folgen</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>No marks.</source>
        <translation>Keine Markierungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day(s), from %2 to %3.</source>
        <translation>
            <numerusform>%1 an %n Tag, von %2 bis %3.</numerusform>
            <numerusform>%1 an %n Tagen, von %2 bis %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most on %1 (%2).</source>
        <translation>Die meisten am %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published</source>
        <translation>
            <numerusform>%n Artikel veröffentlicht</numerusform>
            <numerusform>%n Artikel veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a date</source>
        <translation>
            <numerusform>%n Erwähnung eines Datums</numerusform>
            <numerusform>%n Erwähnungen eines Datums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mentioning %1</source>
        <translation>
            <numerusform>%n Artikel mit Erwähnung von %1</numerusform>
            <numerusform>%n Artikel mit Erwähnung von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n Ereignis, von %1 bis %2.</numerusform>
            <numerusform>%n Ereignisse, von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Latest: %1.</source>
        <translation>Zuletzt: %1.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>the archive is already finished</source>
        <translation>das Archiv ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>an entry name must have 1 to 65,535 bytes</source>
        <translation>ein Eintragsname muss 1 bis 65.535 Bytes lang sein</translation>
    </message>
    <message>
        <source>the archive would be larger than ZIP without ZIP64 allows (4 GB, 65,535 entries)</source>
        <translation>das Archiv wäre größer, als ZIP ohne ZIP64 erlaubt (4 GB, 65.535 Einträge)</translation>
    </message>
    <message>
        <source>the archive would be larger than ZIP without ZIP64 allows (4 GB)</source>
        <translation>das Archiv wäre größer, als ZIP ohne ZIP64 erlaubt (4 GB)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>Korpus kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
