<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage %1–%2 is not inside document %3 (its text has %4 characters; start must be before end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage %1–%2 of document %3 would split a character in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 was changed elsewhere since it was read (version %2, not %3); read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 was changed elsewhere since it was read; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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

Options:
  --db FILE                the corpus database (default: %1)
  --lang CODE              the language of the window (de, he, …)
  -h, --help               this text
  -v, --version            the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no argument &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a document id.</source>
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
        <source>%1 is read-only; its entities cannot be recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First character of the passage (UTF-16 offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset just after the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name or full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it (default: the author name of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end must be character offsets, not &apos;%1&apos; and &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be annotated in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this code and the codes below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the news-analysis code book when there are no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes takes no argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; no code book can be installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; contains &apos;/&apos;, which separates the levels of a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; under &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour &apos;%1&apos; of code &apos;%2&apos; is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parent code %1 for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be moved under itself or one of its own children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be merged into itself or one of its own children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code %1 to move the annotations of &apos;%2&apos; to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of &apos;%1&apos; cannot move to a code that is removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; is ambiguous; use its full path (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default code book %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code book %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON code book (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &apos;codes&apos; must be a list of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.name must be a non-empty name without &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.name: the code &apos;%3&apos; appears twice at the same level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.colour: &apos;%3&apos; (code &apos;%4&apos;) is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.children must be a list of codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::AboutDialog</name>
    <message>
        <source>About Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A workbench for reading a corpus of news articles, seeing who, what, where and when at a glance, annotating passages and exporting the notes.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: articles and notes live in one SQLite file, and nothing is fetched from the network.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n syntax definition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search with FTS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search with FTS5; built with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss recognises entities with its own rules and these word lists, built from packaged, openly licensed data (resources/gazetteer/SOURCES.md tells how):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample corpus a new installation opens with holds five news reports of 2023–2024, for trying Gloss out.</source>
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
        <source>Full-text search over titles and text: words, &quot;phrases&quot;, prefix*, AND, OR and NOT. The list below shows the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles that match the search and the dates, one per row with its title, publication date and length. The selected one is shown in the reader; click a column header to sort.</source>
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
        <source>Clear the dates</source>
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
    <message>
        <source>Show in &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionCommand</name>
    <message>
        <source>Mark “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
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
        <source>One button per kind of entity in the article, with how many mentions it has. Each kind is underlined in its own style as well as tinted: people solid, organisations dashed, places dotted, groups dash-dotted, dates wavy, quantities dash-dot-dotted. Uncheck a kind to hide its highlighting.</source>
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
        <source>solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot-dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
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
    <message>
        <source>Highlighted with a %1 underline</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
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
        <source>&amp;Colour Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corpus is read-only; its entities cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1” (an existing name merges the two):</source>
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
        <source>&amp;New Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2  [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Corpora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Gloss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus.gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; Gloss does not overwrite it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the empty corpus %1. Import articles with File › Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been taken off the recent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the recent list, no longer found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;it Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
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
    <message>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1” as an Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Configure Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloss starts in the new language the next time it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours the reader, its entities and the timeline. Follow System picks a light or dark theme to match the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font and size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation you make carries this name, so notes from several people can be told apart in exports. Left empty, your account&apos;s name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start CSV files with a &amp;byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report &amp;page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Excel needs the mark to read accented letters correctly; most other programs do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the defaults the export dialog starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the &amp;whole window with the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a dark window where the desktop has no dark mode of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan by a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field or panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous field or panel</source>
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
        <source>&lt;p&gt;The timeline shows when articles were published, the calls and meetings they report, the dates they mention and the selected entities, one lane each.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Wheel, pinch, &lt;b&gt;+&lt;/b&gt; and &lt;b&gt;−&lt;/b&gt;: zoom (around the pointer)&lt;/li&gt;&lt;li&gt;Drag, arrow keys: pan · &lt;b&gt;Home&lt;/b&gt;: fit everything&lt;/li&gt;&lt;li&gt;Click a mark: show its article&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift&lt;/b&gt;+drag, or drag along the dates at the bottom: show only the articles of that period · &lt;b&gt;Esc&lt;/b&gt;, a click on empty space or the band&apos;s × clears it&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Selected Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioned date(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lanes for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll, pinch or press + and - to zoom; drag or use the arrow keys to pan; Home fits everything; click a mark to show its article; Shift+drag or drag along the dates to select a period, Escape clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Articles published each day: the taller the bar, the more articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, meetings and statements the articles report (◆); a bar spans an event dated only to a week or a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the articles talk about (▲): the darker, the more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles mentioning %1 (●): the darker, the more articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show articles of any date (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag along the dates to select a period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
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
    <message>
        <source>There is no entity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1–%2 is not inside the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity is called “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Follow System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>No marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day(s), from %2 to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Most on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mentioning %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1.</source>
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
