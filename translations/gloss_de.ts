<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see gloss --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gloss [--db FILE] [COMMAND [OPTIONS]]

Without a command, Gloss opens its window.

Commands (JSON on stdout; exit 0 ok, 1 usage, 2 bad input, 3 database error):
  import PATH… [--title-column NAME] [--date-column NAME] [--text-column NAME] [--url-column NAME]
               [--max-size MB]
                           import article files or folders (text, Markdown, HTML, CSV, JSON Lines)
  documents [--query FTS] [--from DATE] [--to DATE] [--entity NAME] [--code NAME] [--limit N]
                           list documents
  show ID                  one document with its text and entities
  entities [--doc ID]      recognised people, organisations, places and groups (mentions)
  recognize [--doc ID]     recognise the entities of stored articles again

Options:
  --db FILE                the corpus database (default: %1)
  --lang CODE              the language of the window (de, he, …)
  -h, --help               this text
  -v, --version            the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing: %1/%2 files, %3 imported, %4 duplicates, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column or JSON key of the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column or JSON key of the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column or JSON key of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column or JSON key of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size: &apos;%1&apos; is not a size in megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an annotation with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents takes no argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one document id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: &apos;%1&apos; is not a document id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no document %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; its entities cannot be recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities takes no argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListModel</name>
    <message>
        <source>Date from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles (&quot;phrase&quot;, prefix*, AND, OR, NOT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show articles of any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show articles mentioning anyone and anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioning %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filter on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::EntitiesPanel</name>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::EntityLegend</name>
    <message>
        <source>Entity highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show or hide the highlighting of %n mention(s) of this kind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::EntityListModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · mentioned %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::ImportController</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 imported, %4 duplicates, %5 failed
%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognise Entities Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corpus open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Gloss opened it read-only so nothing more is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising the entities of every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entities recognised again in %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This corpus is read-only; nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other files were imported. Nothing was stored from the files below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;A workbench for reading, tagging and annotating news articles.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting (%3 definitions, %4 themes) · SQLite %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the dateline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a linked post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred from the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article from the list, or import articles with File › Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication dates of the articles. Scroll or press + and - to zoom, drag or use the arrow keys to pan, press 0 to fit all, click a mark to open its article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>from the dateline “%1, %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the linked X post %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the latest full date in the text (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dateline says “%1” but nothing in the article gives the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the linked X post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest full date in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date header “%1” is not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date Gloss can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (a broken link?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB per file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page&apos;s published date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no article text (nothing left after removing markup and scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no column named &quot;%2&quot;; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no text column (looked for %2); the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: unbalanced quote in a CSV field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has only %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON: %3 (at character %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: not a JSON object (each line must hold one {…} object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive (Word and OpenDocument files are ZIP archives too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no gold spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a line without five fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the article %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than an SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is an SQLite database of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gloss (schema version %2; this version reads up to %3). Update Gloss to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading to schema version %2 but is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite handle of %1 is not available for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program (another Gloss window or command?) is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
