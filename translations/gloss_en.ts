<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Gloss::AboutDialog</name>
    <message numerus="yes">
        <source>%n syntax definition(s)</source>
        <translation>
            <numerusform>%n syntax definition</numerusform>
            <numerusform>%n syntax definitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour theme(s)</source>
        <translation>
            <numerusform>%n colour theme</numerusform>
            <numerusform>%n colour themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with the codes below</source>
        <translation>
            <numerusform>%1, %n with the codes below</numerusform>
            <numerusform>%1, %n with the codes below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Code(s)</source>
        <translation>
            <numerusform>Move %n Code</numerusform>
            <numerusform>Move %n Codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookPanel</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n without a code</source>
        <translation>
            <numerusform>%1, %n without a code</numerusform>
            <numerusform>%1, %n without a code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n code(s) of this corpus with those of “%1”?</source>
        <translation>
            <numerusform>Replace the %n code of this corpus with those of “%1”?</numerusform>
            <numerusform>Replace the %n codes of this corpus with those of “%1”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListPanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::EntityLegend</name>
    <message numerus="yes">
        <source>Show or hide the highlighting of %n mention(s) of this kind</source>
        <translation>
            <numerusform>Show or hide the highlighting of %n mention of this kind</numerusform>
            <numerusform>Show or hide the highlighting of %n mentions of this kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation>
            <numerusform>%1, %n mention</numerusform>
            <numerusform>%1, %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::EntityListModel</name>
    <message numerus="yes">
        <source>%1 · %2 · mentioned %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 · mentioned %n time</numerusform>
            <numerusform>%1 · %2 · mentioned %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n entity mention(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>Wrote %n entity mention of %1 article(s) to %2.</numerusform>
            <numerusform>Wrote %n entity mentions of %1 article(s) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>Wrote %n annotation of %1 article(s) to %2.</numerusform>
            <numerusform>Wrote %n annotations of %1 article(s) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s).</source>
        <translation>
            <numerusform>The report has %n page.</numerusform>
            <numerusform>The report has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entities recognised again in %n article(s).</source>
        <translation>
            <numerusform>Entities recognised again in %n article.</numerusform>
            <numerusform>Entities recognised again in %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n already in the corpus</numerusform>
            <numerusform>, %n already in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) failed</source>
        <translation>
            <numerusform>, %n file failed</numerusform>
            <numerusform>, %n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::RemoveCodeDialog</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and the %n code(s) below it have %2. What should happen to them?</source>
        <translation>
            <numerusform>“%1” and the %n code below it have %2. What should happen to them?</numerusform>
            <numerusform>“%1” and the %n codes below it have %2. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::TimelineWidget</name>
    <message numerus="yes">
        <source>%n article(s) published from %1 to %2.</source>
        <translation>
            <numerusform>%n article published from %1 to %2.</numerusform>
            <numerusform>%n articles published from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioned date(s).</source>
        <translation>
            <numerusform>%n mentioned date.</numerusform>
            <numerusform>%n mentioned dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named %n time(s)</source>
        <translation>
            <numerusform>named %n time</numerusform>
            <numerusform>named %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1 is not a Gloss database: it holds %n table(s) of another program. Give Gloss a database of its own.</source>
        <translation>
            <numerusform>%1 is not a Gloss database: it holds %n table of another program. Give Gloss a database of its own.</numerusform>
            <numerusform>%1 is not a Gloss database: it holds %n tables of another program. Give Gloss a database of its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>%1 on %n day(s), from %2 to %3.</source>
        <translation>
            <numerusform>%1 on %n day, from %2 to %3.</numerusform>
            <numerusform>%1 on %n days, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published</source>
        <translation>
            <numerusform>%n article published</numerusform>
            <numerusform>%n articles published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a date</source>
        <translation>
            <numerusform>%n mention of a date</numerusform>
            <numerusform>%n mentions of a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mentioning %1</source>
        <translation>
            <numerusform>%n article mentioning %1</numerusform>
            <numerusform>%n articles mentioning %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n event, from %1 to %2.</numerusform>
            <numerusform>%n events, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
