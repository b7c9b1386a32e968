<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>אין מסמך %1.</translation>
    </message>
    <message>
        <source>The passage %1–%2 is not inside document %3 (its text has %4 characters; start must be before end).</source>
        <translation>הקטע %1–%2 אינו נמצא בתוך המסמך %3 (הטקסט שלו מכיל %4 תווים; ההתחלה חייבת להיות לפני הסוף).</translation>
    </message>
    <message>
        <source>The passage %1–%2 of document %3 would split a character in two.</source>
        <translation>הקטע %1–%2 של המסמך %3 יפצל תו לשניים.</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>אין קוד %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>אין סימון %1.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) was changed in another window since you opened it; your change was not saved. Look at it again and redo your change.</source>
        <translation>הסימון %1 (&quot;%2&quot;) שונה בחלון אחר מאז שנפתח; השינוי שלכם לא נשמר. עיינו בו שוב ובצעו את השינוי מחדש.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) was changed by %3 since you opened it; your change was not saved. Look at it again and redo your change.</source>
        <translation>הסימון %1 (&quot;%2&quot;) שונה על ידי %3 מאז שנפתח; השינוי שלכם לא נשמר. עיינו בו שוב ובצעו את השינוי מחדש.</translation>
    </message>
    <message>
        <source>Annotation %1 was removed by another user since you opened it; your change was not saved.</source>
        <translation>הסימון %1 הוסר על ידי משתמש אחר מאז שנפתח; השינוי שלכם לא נשמר.</translation>
    </message>
</context>
<context>
    <name>ChangeCodeCommand</name>
    <message>
        <source>Rename Code “%1”</source>
        <translation>שינוי שם הקוד &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>שינוי הצבע של &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change Description of “%1”</source>
        <translation>שינוי התיאור של &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>אין קוד %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a database file.</source>
        <translation>האפשרות --db דורשת קובץ מסד נתונים.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; אינו תאריך (יש להשתמש בתבנית YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see gloss --help)</source>
        <translation>פקודה לא מוכרת &quot;%1&quot; (ראו gloss --help)</translation>
    </message>
    <message>
        <source>%1 takes no argument &apos;%2&apos;.</source>
        <translation>הפקודה %1 אינה מקבלת ארגומנט &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a document id.</source>
        <translation>--%1: &quot;%2&quot; אינו מזהה מסמך.</translation>
    </message>
    <message>
        <source>importing: %1/%2 files, %3 imported, %4 duplicates, %5 failed</source>
        <translation>ייבוא: %1/%2 קבצים, %3 יובאו, %4 כפילים, %5 נכשלו</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>קבצים או תיקיות לייבוא.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the title.</source>
        <translation>עמודת ה־CSV או מפתח ה־JSON של הכותרת.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the date.</source>
        <translation>עמודת ה־CSV או מפתח ה־JSON של התאריך.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the text.</source>
        <translation>עמודת ה־CSV או מפתח ה־JSON של הטקסט.</translation>
    </message>
    <message>
        <source>CSV column or JSON key of the URL.</source>
        <translation>עמודת ה־CSV או מפתח ה־JSON של כתובת ה־URL.</translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes.</source>
        <translation>דחיית קבצים הגדולים ממספר זה של מגה־בייטים.</translation>
    </message>
    <message>
        <source>--max-size: &apos;%1&apos; is not a size in megabytes.</source>
        <translation>--max-size: &quot;%1&quot; אינו גודל במגה־בייטים.</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>הפקודה import דורשת קובץ או תיקייה אחת לפחות.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be imported into it.</source>
        <translation>%1 מיועד לקריאה בלבד; לא ניתן לייבא אליו דבר.</translation>
    </message>
    <message>
        <source>Full-text query.</source>
        <translation>שאילתת חיפוש בטקסט מלא.</translation>
    </message>
    <message>
        <source>Published on or after.</source>
        <translation>פורסם בתאריך זה או אחריו.</translation>
    </message>
    <message>
        <source>Published on or before.</source>
        <translation>פורסם בתאריך זה או לפניו.</translation>
    </message>
    <message>
        <source>Mentions this entity.</source>
        <translation>מאזכר ישות זו.</translation>
    </message>
    <message>
        <source>Has an annotation with this code.</source>
        <translation>יש בו סימון בקוד זה.</translation>
    </message>
    <message>
        <source>At most this many documents.</source>
        <translation>לכל היותר מספר זה של מסמכים.</translation>
    </message>
    <message>
        <source>documents takes no argument &apos;%1&apos;.</source>
        <translation>הפקודה documents אינה מקבלת ארגומנט &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a count.</source>
        <translation>--limit: &quot;%1&quot; אינו מספר תקין.</translation>
    </message>
    <message>
        <source>Document id.</source>
        <translation>מזהה המסמך.</translation>
    </message>
    <message>
        <source>show needs one document id.</source>
        <translation>הפקודה show דורשת מזהה מסמך אחד.</translation>
    </message>
    <message>
        <source>show: &apos;%1&apos; is not a document id.</source>
        <translation>show: &quot;%1&quot; אינו מזהה מסמך.</translation>
    </message>
    <message>
        <source>there is no document %1 in %2.</source>
        <translation>אין מסמך %1 ב־%2.</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>מסמך זה בלבד.</translation>
    </message>
    <message>
        <source>%1 is read-only; its entities cannot be recognised again.</source>
        <translation>%1 מיועד לקריאה בלבד; לא ניתן לזהות מחדש את הישויות שבו.</translation>
    </message>
    <message>
        <source>The document.</source>
        <translation>המסמך.</translation>
    </message>
    <message>
        <source>First character of the passage (UTF-16 offset).</source>
        <translation>התו הראשון של הקטע (היסט UTF-16).</translation>
    </message>
    <message>
        <source>Offset just after the passage.</source>
        <translation>ההיסט שמיד אחרי הקטע.</translation>
    </message>
    <message>
        <source>Code name or full path.</source>
        <translation>שם הקוד או הנתיב המלא שלו.</translation>
    </message>
    <message>
        <source>A note (Markdown).</source>
        <translation>הערה (Markdown).</translation>
    </message>
    <message>
        <source>Who wrote it (default: the author name of the settings).</source>
        <translation>מי כתב אותה (ברירת מחדל: שם המחבר שבהגדרות).</translation>
    </message>
    <message>
        <source>annotate needs --%1.</source>
        <translation>הפקודה annotate דורשת את --%1.</translation>
    </message>
    <message>
        <source>--start and --end must be character offsets, not &apos;%1&apos; and &apos;%2&apos;.</source>
        <translation>הערכים של --start ו־--end חייבים להיות היסטי תווים, ולא &quot;%1&quot; ו־&quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be annotated in it.</source>
        <translation>%1 מיועד לקריאה בלבד; לא ניתן לסמן בו דבר.</translation>
    </message>
    <message>
        <source>Only this code and the codes below it.</source>
        <translation>רק קוד זה והקודים שמתחתיו.</translation>
    </message>
    <message>
        <source>Add the news-analysis code book when there are no codes.</source>
        <translation>הוספת ספר הקודים לניתוח חדשות כאשר אין קודים.</translation>
    </message>
    <message>
        <source>codes takes no argument &apos;%1&apos;.</source>
        <translation>הפקודה codes אינה מקבלת ארגומנט &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is read-only; no code book can be installed.</source>
        <translation>%1 מיועד לקריאה בלבד; לא ניתן להתקין בו ספר קודים.</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to FILE.</source>
        <translation>כתיבת הסימונים כ־CSV לקובץ FILE.</translation>
    </message>
    <message>
        <source>Write a PDF report to FILE.</source>
        <translation>כתיבת דוח PDF לקובץ FILE.</translation>
    </message>
    <message>
        <source>Write W3C Web Annotations (JSON-LD) to FILE.</source>
        <translation>כתיבת W3C Web Annotations (JSON-LD) לקובץ FILE.</translation>
    </message>
    <message>
        <source>Write a REFI-QDA project to FILE.</source>
        <translation>כתיבת פרויקט REFI-QDA לקובץ FILE.</translation>
    </message>
    <message>
        <source>Only annotations of this code and the codes below it.</source>
        <translation>רק סימונים בקוד זה ובקודים שמתחתיו.</translation>
    </message>
    <message>
        <source>Only articles published on or after DATE.</source>
        <translation>רק כתבות שפורסמו בתאריך DATE או אחריו.</translation>
    </message>
    <message>
        <source>Only articles published on or before DATE.</source>
        <translation>רק כתבות שפורסמו בתאריך DATE או לפניו.</translation>
    </message>
    <message>
        <source>With --csv: one row per entity mention instead.</source>
        <translation>עם --csv: שורה לכל אזכור ישות במקום זאת.</translation>
    </message>
    <message>
        <source>With --csv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>עם --csv: התחלה בסימן סדר בתים (BOM) של UTF-8 (עבור Excel).</translation>
    </message>
    <message>
        <source>With --pdf: A4 (default) or Letter.</source>
        <translation>עם --pdf: A4 (ברירת מחדל) או Letter.</translation>
    </message>
    <message>
        <source>export needs exactly one of --csv, --pdf, --jsonld or --qdpx with a file.</source>
        <translation>הפקודה export דורשת בדיוק אחת מהאפשרויות --csv, --pdf, --jsonld או --qdpx, עם קובץ.</translation>
    </message>
    <message>
        <source>export needs a file name after --%1.</source>
        <translation>הפקודה export דורשת שם קובץ אחרי --%1.</translation>
    </message>
    <message>
        <source>--mentions goes with --csv.</source>
        <translation>האפשרות --mentions תקפה רק עם --csv.</translation>
    </message>
    <message>
        <source>--bom goes with --csv.</source>
        <translation>האפשרות --bom תקפה רק עם --csv.</translation>
    </message>
    <message>
        <source>--page-size goes with --pdf.</source>
        <translation>האפשרות --page-size תקפה רק עם --pdf.</translation>
    </message>
    <message>
        <source>--page-size: &apos;%1&apos; is neither A4 nor Letter.</source>
        <translation>--page-size: &quot;%1&quot; אינו A4 וגם לא Letter.</translation>
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
        <translation>שימוש: gloss [--db FILE|URL] [COMMAND [OPTIONS]]

ללא פקודה, Gloss פותח את החלון שלו.

פקודות (פלט JSON ב־stdout; קוד יציאה 0 הצלחה, 1 שימוש שגוי, 2 קלט שגוי, 3 שגיאת מסד נתונים):
  import PATH… [--title-column NAME] [--date-column NAME] [--text-column NAME] [--url-column NAME]
               [--max-size MB]
                           ייבוא קובצי כתבות או תיקיות (טקסט, Markdown, HTML, CSV, JSON Lines)
  documents [--query FTS] [--from DATE] [--to DATE] [--entity NAME] [--code NAME] [--limit N]
                           רשימת המסמכים
  show ID                  מסמך אחד עם הטקסט, הישויות, ביטויי הזמן, האירועים והסימונים
                           שלו
  entities [--doc ID]      אנשים, ארגונים, מקומות וקבוצות שזוהו (אזכורים)
  timeline [--doc ID]      מסמכים לפי תאריך, התאריכים שהם מזכירים (מנורמלים) והשיחות
                           והפגישות שהם מדווחים עליהן
  recognize [--doc ID]     זיהוי מחדש של הישויות, התאריכים והאירועים בכתבות השמורות
  annotate --doc ID --start N --end N --code NAME [--note TEXT] [--author NAME]
                           סימון קטע (היסטי UTF-16 בטקסט) בקוד; NAME יכול להיות
                           נתיב מלא כגון Actors/States
  annotations [--doc ID] [--code NAME]
                           רשימת הסימונים לפי סדר הקריאה (קוד כולל את הקודים שמתחתיו)
  codes [--install-default]
                           ספר הקודים; בקורפוס חדש אין קודים עד ש־--install-default מוסיף
                           את קודי ניתוח החדשות (Claim, Quote, Figure, Event, Question, Important)
  export (--csv|--pdf|--jsonld|--qdpx) FILE [--code NAME] [--doc ID] [--from DATE] [--to DATE]
         [--mentions] [--bom] [--page-size A4|Letter]
                           הסימונים כ־CSV (עם --mentions: שורה לכל אזכור ישות), דוח PDF,
                           W3C Web Annotations (JSON-LD) או פרויקט REFI-QDA; התאריכים
                           הם תאריכי פרסום, וקוד כולל את הקודים שמתחתיו
  copy --from FILE|URL --to FILE|URL
                           העתקת קורפוס שלם לקורפוס חדש וריק, מקובץ לשרת PostgreSQL או
                           בחזרה; נבדק לפי מספרי שורות וסכומי ביקורת

אפשרויות:
  --db FILE|URL            מסד הנתונים של הקורפוס (ברירת מחדל: %1), או קורפוס משותף
                           בשרת PostgreSQL:‏ postgresql://user@host:port/database
  --lang CODE              שפת החלון (de, he, …)
  -h, --help               טקסט זה
  -v, --version            הגרסה
</translation>
    </message>
    <message>
        <source>The corpus to copy (a file or a postgresql:// address).</source>
        <translation>הקורפוס להעתקה (קובץ או כתובת postgresql://).</translation>
    </message>
    <message>
        <source>The new corpus (a file or a postgresql:// address).</source>
        <translation>הקורפוס החדש (קובץ או כתובת postgresql://).</translation>
    </message>
    <message>
        <source>copy needs --from and --to.</source>
        <translation>הפקודה copy דורשת ‎--from ו־‎--to.</translation>
    </message>
    <message>
        <source>the copy in %1 differs from %2 (see the tables whose checksums do not match).</source>
        <translation>העותק ב־%1 שונה מ־%2 (ראו את הטבלאות שסכומי הביקורת שלהן אינם תואמים).</translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>A code needs a name.</source>
        <translation>לקוד נדרש שם.</translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; contains &apos;/&apos;, which separates the levels of a path.</source>
        <translation>שם הקוד &quot;%1&quot; מכיל את התו &quot;/&quot;, המפריד בין רמות הנתיב.</translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; at the top level.</source>
        <translation>כבר קיים קוד &quot;%1&quot; ברמה העליונה.</translation>
    </message>
    <message>
        <source>There is already a code &apos;%1&apos; under &apos;%2&apos;.</source>
        <translation>כבר קיים קוד &quot;%1&quot; תחת &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The colour &apos;%1&apos; of code &apos;%2&apos; is not of the form #rrggbb.</source>
        <translation>הצבע &quot;%1&quot; של הקוד &quot;%2&quot; אינו בתבנית #rrggbb.</translation>
    </message>
    <message>
        <source>There is no parent code %1 for &apos;%2&apos;.</source>
        <translation>אין קוד הורה %1 עבור &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no code %1.</source>
        <translation>אין קוד %1.</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be moved under itself or one of its own children.</source>
        <translation>לא ניתן להעביר את הקוד &quot;%1&quot; אל מתחת לעצמו או לאחד מקודי המשנה שלו.</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be merged into itself or one of its own children.</source>
        <translation>לא ניתן למזג את הקוד &quot;%1&quot; לתוך עצמו או לתוך אחד מקודי המשנה שלו.</translation>
    </message>
    <message>
        <source>There is no code %1 to move the annotations of &apos;%2&apos; to.</source>
        <translation>אין קוד %1 שאליו אפשר להעביר את הסימונים של &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The annotations of &apos;%1&apos; cannot move to a code that is removed with it.</source>
        <translation>לא ניתן להעביר את הסימונים של &quot;%1&quot; לקוד שנמחק יחד איתו.</translation>
    </message>
    <message>
        <source>There is no code &apos;%1&apos;.</source>
        <translation>אין קוד &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The code name &apos;%1&apos; is ambiguous; use its full path (%2).</source>
        <translation>שם הקוד &quot;%1&quot; אינו חד־משמעי; יש להשתמש בנתיב המלא שלו (%2).</translation>
    </message>
    <message>
        <source>The default code book %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את ספר הקודים של ברירת המחדל %1: %2</translation>
    </message>
    <message>
        <source>The code book %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את ספר הקודים %1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON code book (%2 at byte %3).</source>
        <translation>%1: אינו ספר קודים בתבנית JSON (%2 בבייט %3).</translation>
    </message>
    <message>
        <source>%1: the field &apos;codes&apos; must be a list of codes.</source>
        <translation>%1: השדה &quot;codes&quot; חייב להיות רשימה של קודים.</translation>
    </message>
    <message>
        <source>%1: %2.name must be a non-empty name without &apos;/&apos;.</source>
        <translation>%1: השדה %2.name חייב להכיל שם לא ריק ללא &quot;/&quot;.</translation>
    </message>
    <message>
        <source>%1: %2.name: the code &apos;%3&apos; appears twice at the same level.</source>
        <translation>%1: %2.name: הקוד &quot;%3&quot; מופיע פעמיים באותה רמה.</translation>
    </message>
    <message>
        <source>%1: %2.colour: &apos;%3&apos; (code &apos;%4&apos;) is not of the form #rrggbb.</source>
        <translation>%1: %2.colour: הערך &quot;%3&quot; (הקוד &quot;%4&quot;) אינו בתבנית #rrggbb.</translation>
    </message>
    <message>
        <source>%1: %2.children must be a list of codes.</source>
        <translation>%1: השדה %2.children חייב להיות רשימה של קודים.</translation>
    </message>
</context>
<context>
    <name>CodeBookSnapshot</name>
    <message>
        <source>%1: the table &apos;%2&apos; has no column &apos;id&apos;; the corpus is damaged.</source>
        <translation>%1: בטבלה &quot;%2&quot; אין עמודה &quot;id&quot;; הקורפוס פגום.</translation>
    </message>
</context>
<context>
    <name>CorpusCopier</name>
    <message>
        <source>%1 already holds a corpus (its %2 table has rows); copy into a new, empty one.</source>
        <translation>%1 כבר מכיל קורפוס (בטבלה %2 שלו יש שורות); העתיקו לקורפוס חדש וריק.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be copied into it.</source>
        <translation>%1 לקריאה בלבד; אי אפשר להעתיק אליו דבר.</translation>
    </message>
</context>
<context>
    <name>CreateCodeCommand</name>
    <message>
        <source>New Code “%1”</source>
        <translation>קוד חדש &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>There is no code %1 in %2.</source>
        <translation>אין קוד %1 ב־%2.</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is empty: it ends before it starts.</source>
        <translation>טווח התאריכים %1 עד %2 ריק: הוא מסתיים לפני שהוא מתחיל.</translation>
    </message>
    <message>
        <source>There is no document %1 in %2.</source>
        <translation>אין מסמך %1 ב־%2.</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>כתבה %1</translation>
    </message>
    <message>
        <source>code %1 and the codes below it</source>
        <translation>הקוד %1 והקודים שמתחתיו</translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation>פורסמו החל מ־%1</translation>
    </message>
    <message>
        <source>published until %1</source>
        <translation>פורסמו עד %1</translation>
    </message>
    <message>
        <source>the whole corpus</source>
        <translation>כל הקורפוס</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>No file to export to was given.</source>
        <translation>לא צוין קובץ לייצוא.</translation>
    </message>
    <message>
        <source>%1 is a folder; export to a file.</source>
        <translation>%1 היא תיקייה; יש לייצא לקובץ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>הייצוא בוטל; לא נכתב שום קובץ.</translation>
    </message>
</context>
<context>
    <name>Gloss::AboutDialog</name>
    <message>
        <source>About Gloss</source>
        <translation>אודות Gloss</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;אודות</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;רכיבים</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>מקורות &amp;נתונים</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>או&amp;דות Qt</translation>
    </message>
    <message>
        <source>Gloss icon</source>
        <translation>הסמל של Gloss</translation>
    </message>
    <message>
        <source>Gloss %1</source>
        <translation>Gloss %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;A workbench for reading a corpus of news articles, seeing who, what, where and when at a glance, annotating passages and exporting the notes.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: articles and notes live in one SQLite file, and nothing is fetched from the network.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;סביבת עבודה לקריאת קורפוס של כתבות חדשות: לראות במבט אחד מי, מה, איפה ומתי, לסמן קטעים ולייצא את ההערות.&lt;/p&gt;&lt;p&gt;הכול נשאר במחשב הזה: הכתבות וההערות שמורות בקובץ SQLite אחד, ושום דבר אינו מורד מהרשת.&lt;/p&gt;&lt;p&gt;מופץ בכפוף לרישיון הציבורי הכללי של GNU (GNU General Public License), גרסה 3 ואילך.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>רכיב</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>רישיון</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
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
        <translation>נבנה עם %1</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting</translation>
    </message>
    <message numerus="yes">
        <source>%n syntax definition(s)</source>
        <translation>
            <numerusform>הגדרת תחביר %n</numerusform>
            <numerusform>%n הגדרות תחביר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n colour theme(s)</source>
        <translation>
            <numerusform>ערכת צבעים %n</numerusform>
            <numerusform>%n ערכות צבעים</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>נחלת הכלל</translation>
    </message>
    <message>
        <source>full-text search with FTS5</source>
        <translation>חיפוש בטקסט מלא עם FTS5</translation>
    </message>
    <message>
        <source>full-text search with FTS5; built with %1</source>
        <translation>חיפוש בטקסט מלא עם FTS5; נבנה עם %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Gloss recognises entities with its own rules and these word lists, built from packaged, openly licensed data (resources/gazetteer/SOURCES.md tells how):</source>
        <translation>Gloss מזהה ישויות בעזרת כללים משלו ורשימות המילים הבאות, שנבנו מנתונים ארוזים בעלי רישיון פתוח (הקובץ resources/gazetteer/SOURCES.md מסביר כיצד):</translation>
    </message>
    <message>
        <source>List</source>
        <translation>רשימה</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>The sample corpus a new installation opens with holds five news reports of 2023–2024, for trying Gloss out.</source>
        <translation>קורפוס הדוגמה שנפתח בהתקנה חדשה מכיל חמש כתבות חדשות מהשנים 2023–2024, כדי שתוכלו להתנסות ב־Gloss.</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationEditor</name>
    <message>
        <source>There is no annotation %1.</source>
        <translation>אין סימון %1.</translation>
    </message>
    <message>
        <source>Annotation %1 no longer exists (removed in another window?).</source>
        <translation>הסימון %1 כבר אינו קיים (אולי הוסר בחלון אחר?).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>עריכת הערה</translation>
    </message>
    <message>
        <source>Change Code</source>
        <translation>שינוי קוד</translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation>סימון &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Annotate “%1” as %2</source>
        <translation>סימון &quot;%1&quot; כ־%2</translation>
    </message>
    <message>
        <source>Edit Article Note</source>
        <translation>עריכת הערת כתבה</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>הסרת סימון</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationListModel</name>
    <message>
        <source>(no code)</source>
        <translation>(ללא קוד)</translation>
    </message>
    <message>
        <source>%1 (no longer found in the article)</source>
        <translation>%1 (כבר לא נמצא בכתבה)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>קטע</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>כתבה</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>מחבר</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationMargin</name>
    <message>
        <source>Annotations in the margin</source>
        <translation>סימונים בשוליים</translation>
    </message>
    <message>
        <source>A bar beside the lines of each annotation, coloured by its code; click one to select it.</source>
        <translation>פס לצד השורות של כל סימון, בצבע הקוד שלו; לחצו על פס כדי לבחור את הסימון.</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(ללא קוד)</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationsPanel</name>
    <message>
        <source>Which annotations</source>
        <translation>אילו סימונים</translation>
    </message>
    <message>
        <source>This Article</source>
        <translation>כתבה זו</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>כל הכתבות</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>מתי נוצרו</translation>
    </message>
    <message>
        <source>Any Time</source>
        <translation>כל זמן</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Filter passages and notes</source>
        <translation>סינון קטעים והערות</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>סינון סימונים</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>סימונים</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Select an annotation to write its note (Markdown).</source>
        <translation>בחרו סימון כדי לכתוב את ההערה שלו (Markdown).</translation>
    </message>
    <message>
        <source>Notes on the whole article (Markdown).</source>
        <translation>הערות על הכתבה כולה (Markdown).</translation>
    </message>
    <message>
        <source>Article Note</source>
        <translation>הערת כתבה</translation>
    </message>
    <message>
        <source>All Codes</source>
        <translation>כל הקודים</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>הערה על &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleBuilder</name>
    <message>
        <source>Article %1</source>
        <translation>כתבה %1</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>תאריך הפרסום אינו ידוע</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>פורסמה ב־%1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>מקור: %1</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>כתבה %1</translation>
    </message>
    <message>
        <source>Article note</source>
        <translation>הערת כתבה</translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation>סימונים (%1)</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>ללא קוד</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>תווים %1–%2</translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation>כבר לא נמצא בטקסט</translation>
    </message>
    <message>
        <source>Entities in this article</source>
        <translation>ישויות בכתבה זו</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ועוד %1</translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>סימון %n</numerusform>
            <numerusform>%n סימונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with the codes below</source>
        <translation>
            <numerusform>%1, %n עם הקודים שמתחתיו</numerusform>
            <numerusform>%1, %n עם הקודים שמתחתיו</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>סימונים</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Code(s)</source>
        <translation>
            <numerusform>העברת קוד %n</numerusform>
            <numerusform>העברת %n קודים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::CodeBookPanel</name>
    <message>
        <source>Install the Default Code Book</source>
        <translation>התקנת ספר הקודים של ברירת המחדל</translation>
    </message>
    <message>
        <source>Code Book</source>
        <translation>ספר קודים</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>&amp;קוד חדש</translation>
    </message>
    <message>
        <source>New C&amp;hild Code</source>
        <translation>קוד &amp;משנה חדש</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>שינוי &amp;שם</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;צבע…</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;תיאור…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>הזזה למ&amp;עלה</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>הזחה &amp;פנימה</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>הזחה &amp;החוצה</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>מי&amp;זוג לתוך…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>מ&amp;חיקה…</translation>
    </message>
    <message>
        <source>&amp;Load Code Book…</source>
        <translation>טעינת &amp;ספר קודים…</translation>
    </message>
    <message>
        <source>Install De&amp;fault Code Book</source>
        <translation>התקנת ספר הקודים של &amp;ברירת המחדל</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדש</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>קוד משנה</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <source>New code at the top level (Insert)</source>
        <translation>קוד חדש ברמה העליונה (Insert)</translation>
    </message>
    <message>
        <source>New code below the selected one</source>
        <translation>קוד חדש מתחת לקוד הנבחר</translation>
    </message>
    <message>
        <source>Delete the selected code (Del)</source>
        <translation>מחיקת הקוד הנבחר (Del)</translation>
    </message>
    <message>
        <source>Move the selected code up (Alt+Up)</source>
        <translation>הזזת הקוד הנבחר למעלה (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected code down (Alt+Down)</source>
        <translation>הזזת הקוד הנבחר למטה (Alt+Down)</translation>
    </message>
    <message>
        <source>Code book tools</source>
        <translation>כלי ספר הקודים</translation>
    </message>
    <message>
        <source>More</source>
        <translation>עוד</translation>
    </message>
    <message>
        <source>All code book actions</source>
        <translation>כל הפעולות של ספר הקודים</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>קודים</translation>
    </message>
    <message>
        <source>Claim, Quote, Figure, Event, Question and Important, for news analysis</source>
        <translation>הקודים Claim (טענה), Quote (ציטוט), Figure (נתון), Event (אירוע), Question (שאלה) ו־Important (חשוב), לניתוח חדשות</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>קוד %n</numerusform>
            <numerusform>%n קודים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>סימון %n</numerusform>
            <numerusform>%n סימונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n without a code</source>
        <translation>
            <numerusform>%1, %n ללא קוד</numerusform>
            <numerusform>%1, %n ללא קוד</numerusform>
        </translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>קוד חדש</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>הצבע של &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>What “%1” is for:</source>
        <translation>למה משמש &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>There is no other code to merge “%1” into.</source>
        <translation>אין קוד אחר שאפשר למזג לתוכו את &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>מיזוג קוד</translation>
    </message>
    <message>
        <source>Merge “%1” into (its annotations and the codes below it go there):</source>
        <translation>מיזוג &quot;%1&quot; לתוך (הסימונים שלו והקודים שמתחתיו יועברו לשם):</translation>
    </message>
    <message>
        <source>Load Code Book</source>
        <translation>טעינת ספר קודים</translation>
    </message>
    <message>
        <source>Code books (*.json);;All files (*)</source>
        <translation>ספרי קודים (*.json);;כל הקבצים (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n code(s) of this corpus with those of “%1”?</source>
        <translation>
            <numerusform>בקורפוס זה יש קוד %n. להחליף אותו בקודים של &quot;%1&quot;?</numerusform>
            <numerusform>בקורפוס זה יש %n קודים. להחליף אותם בקודים של &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations keep their code where the new code book has a code of the same path; the others are kept without a code. Edit › Undo brings the old code book back.</source>
        <translation>סימונים שומרים על הקוד שלהם כאשר בספר הקודים החדש יש קוד באותו נתיב; האחרים נשמרים ללא קוד. עריכה › ביטול מחזיר את ספר הקודים הישן.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>החלפה</translation>
    </message>
</context>
<context>
    <name>Gloss::CodePicker</name>
    <message>
        <source>Annotate with Code</source>
        <translation>סימון בקוד</translation>
    </message>
    <message>
        <source>Type a code, or a new name…</source>
        <translation>הקלידו קוד או שם חדש…</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>שם הקוד</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>קודים</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Create code “%1”</source>
        <translation>יצירת הקוד &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListModel</name>
    <message>
        <source>Date from: %1</source>
        <translation>מקור התאריך: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>תאריך פרסום</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>אורך</translation>
    </message>
</context>
<context>
    <name>Gloss::DocumentListPanel</name>
    <message>
        <source>any</source>
        <translation>כל תאריך</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>פורסמו מתאריך</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>פורסמו עד תאריך</translation>
    </message>
    <message>
        <source>Search articles (&quot;phrase&quot;, prefix*, AND, OR, NOT)</source>
        <translation>חיפוש כתבות (&quot;ביטוי&quot;, תחילית*, AND, OR, NOT)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>חיפוש כתבות</translation>
    </message>
    <message>
        <source>Full-text search over titles and text: words, &quot;phrases&quot;, prefix*, AND, OR and NOT. The list below shows the matches.</source>
        <translation>חיפוש בטקסט מלא בכותרות ובטקסט: מילים, &quot;ביטויים&quot;, תחילית*, AND, OR ו־NOT. הרשימה שלמטה מציגה את התוצאות.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>כתבות</translation>
    </message>
    <message>
        <source>The articles that match the search and the dates, one per row with its title, publication date and length. The selected one is shown in the reader; click a column header to sort.</source>
        <translation>הכתבות התואמות לחיפוש ולתאריכים, אחת בכל שורה, עם הכותרת, תאריך הפרסום והאורך שלה. הכתבה הנבחרת מוצגת בחלונית הקריאה; לחצו על כותרת עמודה כדי למיין.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Show articles of any date</source>
        <translation>הצגת כתבות מכל תאריך</translation>
    </message>
    <message>
        <source>Clear the dates</source>
        <translation>ניקוי התאריכים</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;מתאריך</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;עד</translation>
    </message>
    <message>
        <source>Show articles mentioning anyone and anything</source>
        <translation>הצגת כל הכתבות, בלי קשר למי ולמה שהן מאזכרות</translation>
    </message>
    <message>
        <source>Mentioning %1  ✕</source>
        <translation>מאזכרות את %1  ✕</translation>
    </message>
    <message>
        <source>Remove the filter on %1</source>
        <translation>הסרת הסינון לפי %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>כתבה %n</numerusform>
            <numerusform>%n כתבות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match</source>
        <translation>
            <numerusform>כתבה %n תואמת</numerusform>
            <numerusform>%n כתבות תואמות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::EntitiesPanel</name>
    <message>
        <source>This article</source>
        <translation>כתבה זו</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>כל הקורפוס</translation>
    </message>
    <message>
        <source>Entities of</source>
        <translation>ישויות של</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>סוג ישות</translation>
    </message>
    <message>
        <source>Find an entity</source>
        <translation>חיפוש ישות</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>ישויות</translation>
    </message>
    <message>
        <source>Show in &amp;Timeline</source>
        <translation>הצגה ב&amp;ציר הזמן</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionCommand</name>
    <message>
        <source>Mark “%1”</source>
        <translation>סימון &quot;%1&quot; כישות</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>דחיית &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>שינוי השם &quot;%1&quot; ל־&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityLegend</name>
    <message>
        <source>Entity highlighting</source>
        <translation>הדגשת ישויות</translation>
    </message>
    <message>
        <source>One button per kind of entity in the article, with how many mentions it has. Each kind is underlined in its own style as well as tinted: people solid, organisations dashed, places dotted, groups dash-dotted, dates wavy, quantities dash-dot-dotted. Uncheck a kind to hide its highlighting.</source>
        <translation>כפתור אחד לכל סוג ישות בכתבה, עם מספר האזכורים שלו. כל סוג מודגש בקו תחתון בסגנון משלו וגם בגוון צבע: אנשים בקו רציף, ארגונים בקו מקווקו, מקומות בקו מנוקד, קבוצות בקו מקווקו־מנוקד, תאריכים בקו גלי וכמויות בקו מקווקו־מנוקד כפול. כבו סוג כדי להסתיר את ההדגשה שלו.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>ארגונים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>קבוצות</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>תאריכים</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>כמויות</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>רציף</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>מקווקו</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>מנוקד</translation>
    </message>
    <message>
        <source>dash-dotted</source>
        <translation>מקווקו־מנוקד</translation>
    </message>
    <message>
        <source>dash-dot-dotted</source>
        <translation>מקווקו־מנוקד כפול</translation>
    </message>
    <message>
        <source>wavy</source>
        <translation>גלי</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>רגיל</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message numerus="yes">
        <source>Show or hide the highlighting of %n mention(s) of this kind</source>
        <translation>
            <numerusform>הצגה או הסתרה של ההדגשה של אזכור %n מסוג זה</numerusform>
            <numerusform>הצגה או הסתרה של ההדגשה של %n האזכורים מסוג זה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation>
            <numerusform>%1, אזכור %n</numerusform>
            <numerusform>%1, %n אזכורים</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted with a %1 underline</source>
        <translation>מודגש בקו תחתון %1</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityListModel</name>
    <message>
        <source>Person</source>
        <translation>אדם</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · mentioned %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 · אזכור %n</numerusform>
            <numerusform>%1 · %2 · %n אזכורים</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>אזכורים</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>כתבות</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportController</name>
    <message>
        <source>Exporting</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>כתיבת %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>הביטול מתבצע…</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>גיליון אלקטרוני (CSV)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>דוח PDF</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (QDPX) for ATLAS.ti, MAXQDA, NVivo, QualCoder</source>
        <translation>פרויקט REFI-QDA (QDPX) עבור ATLAS.ti, MAXQDA, NVivo ו־QualCoder</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>מה לייצא</translation>
    </message>
    <message>
        <source>The whole corpus</source>
        <translation>כל הקורפוס</translation>
    </message>
    <message>
        <source>The current article</source>
        <translation>הכתבה הנוכחית</translation>
    </message>
    <message>
        <source>One code and the codes below it</source>
        <translation>קוד אחד והקודים שמתחתיו</translation>
    </message>
    <message>
        <source>Articles published between</source>
        <translation>כתבות שפורסמו בין</translation>
    </message>
    <message>
        <source>and</source>
        <translation>לבין</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Start with a byte order mark, so Excel reads accents and other scripts</source>
        <translation>התחלה בסימן סדר בתים (BOM), כדי ש־Excel יקרא נכון סימנים דיאקריטיים וכתבים אחרים</translation>
    </message>
    <message>
        <source>One row per entity mention instead of per annotation</source>
        <translation>שורה לכל אזכור ישות במקום שורה לכל סימון</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>גודל עמוד:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>תבנית:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>ייצוא אל</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 היא תיקייה; בחרו שם קובץ.</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>להחליף את הקובץ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 כבר קיים. להחליף אותו?</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entity mention(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>נכתב אזכור ישות %n מ־%1 כתבות אל %2.</numerusform>
            <numerusform>נכתבו %n אזכורי ישויות מ־%1 כתבות אל %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) of %1 article(s) to %2.</source>
        <translation>
            <numerusform>נכתב סימון %n מ־%1 כתבות אל %2.</numerusform>
            <numerusform>נכתבו %n סימונים מ־%1 כתבות אל %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s).</source>
        <translation>
            <numerusform>בדוח יש עמוד %n.</numerusform>
            <numerusform>בדוח יש %n עמודים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>הייצוא הושלם</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
</context>
<context>
    <name>Gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>חיפוש בכתבה</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>ההתאמה הקודמת (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>ההתאמה הבאה (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>סגירת סרגל החיפוש (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>אין התאמות</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 מתוך %L2</translation>
    </message>
</context>
<context>
    <name>Gloss::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>חיפוש כתבות…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>העצירה תתבצע אחרי הקובץ הנוכחי…</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 imported, %4 duplicates, %5 failed
%6</source>
        <translation>%1 מתוך %2 קבצים · %3 יובאו, %4 כפילים, %5 נכשלו
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
        <translation>כתבות</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>ישויות</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>&amp;פתיחת קורפוס…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ייבוא &amp;קבצים…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>ייבוא &amp;תיקייה…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ביצוע &amp;מחדש</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;חיפוש בכתבה…</translation>
    </message>
    <message>
        <source>&amp;Recognise Entities Again</source>
        <translation>&amp;זיהוי ישויות מחדש</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>חיפוש &amp;בכתבות</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;אודות Gloss</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (לקריאה בלבד)</translation>
    </message>
    <message>
        <source>&amp;Colour Theme</source>
        <translation>&amp;ערכת צבעים</translation>
    </message>
    <message>
        <source>This corpus is read-only; its entities cannot be corrected.</source>
        <translation>קורפוס זה פתוח לקריאה בלבד; לא ניתן לתקן את הישויות שבו.</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>שינוי שם ישות</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing name merges the two):</source>
        <translation>שם חדש עבור &quot;%1&quot; (שם קיים ימזג את שתי הישויות):</translation>
    </message>
    <message>
        <source>No corpus open</source>
        <translation>אין קורפוס פתוח</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>כתבה %n</numerusform>
            <numerusform>%n כתבות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 מתוך %n כתבה</numerusform>
            <numerusform>%1 מתוך %n כתבות</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>פתיחת קורפוס</translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss);;All files (*)</source>
        <translation>קורפוסים של Gloss (*.gloss);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>לא ניתן לפתוח את הקורפוס</translation>
    </message>
    <message>
        <source>Corpus Damaged</source>
        <translation>הקורפוס פגום</translation>
    </message>
    <message>
        <source>%1

Gloss opened it read-only so nothing more is written to it.</source>
        <translation>%1

Gloss פתח אותו לקריאה בלבד, כך שלא ייכתב אליו דבר נוסף.</translation>
    </message>
    <message>
        <source>Recognising the entities of every article…</source>
        <translation>מתבצע זיהוי של הישויות בכל הכתבות…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Recognising Entities</source>
        <translation>זיהוי ישויות</translation>
    </message>
    <message numerus="yes">
        <source>Entities recognised again in %n article(s).</source>
        <translation>
            <numerusform>הישויות זוהו מחדש ב־%n כתבה.</numerusform>
            <numerusform>הישויות זוהו מחדש ב־%n כתבות.</numerusform>
        </translation>
    </message>
    <message>
        <source>This corpus is read-only; nothing can be imported into it.</source>
        <translation>קורפוס זה פתוח לקריאה בלבד; לא ניתן לייבא אליו דבר.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>ייבוא כבר מתבצע.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>הייבוא מתבצע…</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>ייבוא כתבות</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;All files (*)</source>
        <translation>כתבות (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>ייבוא תיקיית כתבות</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>יובאה %n כתבה</numerusform>
            <numerusform>יובאו %n כתבות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n כבר הייתה בקורפוס</numerusform>
            <numerusform>, %n כבר היו בקורפוס</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) failed</source>
        <translation>
            <numerusform>, %n קובץ נכשל</numerusform>
            <numerusform>, %n קבצים נכשלו</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (הופסק)</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>חלק מהקבצים לא יובאו</translation>
    </message>
    <message>
        <source>The other files were imported. Nothing was stored from the files below.</source>
        <translation>שאר הקבצים יובאו. מהקבצים שלהלן לא נשמר דבר.</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>קורפוס &amp;חדש…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>פתיחת &amp;אחרונים</translation>
    </message>
    <message>
        <source>%1 %2  [%3]</source>
        <translation>%1 %2  [%3]</translation>
    </message>
    <message>
        <source>No Recent Corpora</source>
        <translation>אין קורפוסים אחרונים</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;ניקוי הרשימה</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;הגדרות</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>הצגת &amp;סרגל הכלים</translation>
    </message>
    <message>
        <source>&amp;Configure Gloss…</source>
        <translation>&amp;הגדרת Gloss…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>מ־%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>עד %1</translation>
    </message>
    <message>
        <source>mentioning %1</source>
        <translation>מזכירות את %1</translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation>מסומנות בקוד %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>סינון: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>סימון %n</numerusform>
            <numerusform>%n סימונים</numerusform>
        </translation>
    </message>
    <message>
        <source>New Corpus</source>
        <translation>קורפוס חדש</translation>
    </message>
    <message>
        <source>corpus.gloss</source>
        <translation>corpus.gloss</translation>
    </message>
    <message>
        <source>Gloss corpora (*.gloss)</source>
        <translation>קורפוסים של Gloss (*.gloss)</translation>
    </message>
    <message>
        <source>Cannot Create Corpus</source>
        <translation>לא ניתן ליצור את הקורפוס</translation>
    </message>
    <message>
        <source>%1 exists already; Gloss does not overwrite it. Choose another name.</source>
        <translation>%1 כבר קיים; Gloss אינו דורס קבצים קיימים. בחרו שם אחר.</translation>
    </message>
    <message>
        <source>Created the empty corpus %1. Import articles with File › Import.</source>
        <translation>נוצר הקורפוס הריק %1. ייבאו כתבות דרך קובץ › ייבוא.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been taken off the recent list.</source>
        <translation>%1 כבר אינו קיים; הוא הוסר מרשימת האחרונים.</translation>
    </message>
    <message>
        <source>Taken off the recent list, no longer found: %1</source>
        <translation>הוסרו מרשימת האחרונים כי לא נמצאו עוד: %1</translation>
    </message>
    <message>
        <source>F&amp;it Timeline</source>
        <translation>&amp;התאמת ציר הזמן</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;כתבות</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;ציר זמן</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;ישויות</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>סימונים</translation>
    </message>
    <message>
        <source>Code Book</source>
        <translation>ספר קודים</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ייצוא…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;סימון</translation>
    </message>
    <message>
        <source>Annotate with &amp;Code…</source>
        <translation>סימון ב&amp;קוד…</translation>
    </message>
    <message>
        <source>Annotate the selected passage with a code (type to find or create one)</source>
        <translation>סימון הקטע הנבחר בקוד (הקלידו כדי למצוא קוד או ליצור קוד חדש)</translation>
    </message>
    <message>
        <source>Edit &amp;Note of Annotation</source>
        <translation>עריכת ה&amp;ערה של הסימון</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>&amp;הסרת הסימון</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>הצגת ה&amp;סימונים</translation>
    </message>
    <message>
        <source>Annotate as %1</source>
        <translation>סימון כ־%1</translation>
    </message>
    <message>
        <source>This corpus is read-only; nothing can be annotated in it.</source>
        <translation>קורפוס זה פתוח לקריאה בלבד; לא ניתן לסמן בו דבר.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>&amp;סימונים</translation>
    </message>
    <message>
        <source>Code &amp;Book</source>
        <translation>ספר &amp;קודים</translation>
    </message>
    <message>
        <source>Open &amp;Shared Corpus…</source>
        <translation>פתיחת קורפוס &amp;משותף…</translation>
    </message>
    <message>
        <source>Open Shared Corpus</source>
        <translation>פתיחת קורפוס משותף</translation>
    </message>
    <message>
        <source>Address of the corpus on a PostgreSQL server, for example
postgresql://name@server:5432/corpus?sslmode=verify-full

The password is read from ~/.pgpass or PGPASSWORD; Gloss never stores it.</source>
        <translation>כתובת הקורפוס בשרת PostgreSQL, לדוגמה
postgresql://name@server:5432/corpus?sslmode=verify-full

הסיסמה נקראת מ־‎~/.pgpass או מ־PGPASSWORD; ‏Gloss לעולם אינו שומר אותה.</translation>
    </message>
    <message>
        <source>Cannot Open Shared Corpus</source>
        <translation>לא ניתן לפתוח את הקורפוס המשותף</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: it starts with postgresql://.</source>
        <translation>%1 אינה כתובת PostgreSQL: כתובת כזו מתחילה ב־postgresql://.</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteEditor</name>
    <message>
        <source>Note (Markdown)</source>
        <translation>הערה (Markdown)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>תצוגה מקדימה של ההערה</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;כתיבה</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;תצוגה מקדימה</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>date unknown</source>
        <translation>תאריך לא ידוע</translation>
    </message>
    <message>
        <source>%1 (from the dateline)</source>
        <translation>%1 (לפי שורת המקום והתאריך)</translation>
    </message>
    <message>
        <source>%1 (from a linked post)</source>
        <translation>%1 (לפי פוסט מקושר)</translation>
    </message>
    <message>
        <source>%1 (inferred from the text)</source>
        <translation>%1 (הוסק מהטקסט)</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (נקבע ידנית)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>טקסט הכתבה</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>תו %n</numerusform>
            <numerusform>%n תווים</numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>לא נבחרה כתבה</translation>
    </message>
    <message>
        <source>Choose an article from the list, or import articles with File › Import.</source>
        <translation>בחרו כתבה מהרשימה, או ייבאו כתבות דרך קובץ › ייבוא.</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>סיווג בתור</translation>
    </message>
    <message>
        <source>Reject “%1” as an Entity</source>
        <translation>דחיית &quot;%1&quot; כישות</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>שינוי השם של &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Annotation: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>סימון: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(ללא קוד)</translation>
    </message>
    <message>
        <source>Annotate as</source>
        <translation>סימון בתור</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Choose or Create a Code…</source>
        <translation>בחירת קוד או יצירת קוד חדש…</translation>
    </message>
    <message>
        <source>Edit Note of Annotation</source>
        <translation>עריכת הערת הסימון</translation>
    </message>
    <message>
        <source>Change Code of Annotation</source>
        <translation>שינוי הקוד של הסימון</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>הסרת הסימון</translation>
    </message>
</context>
<context>
    <name>Gloss::RemoveCodeDialog</name>
    <message>
        <source>&amp;Delete the annotations</source>
        <translation>&amp;מחיקת הסימונים</translation>
    </message>
    <message>
        <source>&amp;Keep them without a code</source>
        <translation>&amp;השארתם ללא קוד</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>ה&amp;עברתם אל:</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>מחיקת קוד</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n סימון</numerusform>
            <numerusform>%n סימונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and the %n code(s) below it have %2. What should happen to them?</source>
        <translation>
            <numerusform>ל־&quot;%1&quot; ול־%n קוד שתחתיו יש %2. מה לעשות בהם?</numerusform>
            <numerusform>ל־&quot;%1&quot; ול־%n הקודים שתחתיו יש %2. מה לעשות בהם?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2. What should happen to them?</source>
        <translation>ל־&quot;%1&quot; יש %2. מה לעשות בהם?</translation>
    </message>
    <message>
        <source>Code to move the annotations to</source>
        <translation>הקוד שאליו יועברו הסימונים</translation>
    </message>
    <message>
        <source>There is no other code to move them to.</source>
        <translation>אין קוד אחר שאליו אפשר להעביר אותם.</translation>
    </message>
    <message>
        <source>Edit › Undo brings the code and its annotations back.</source>
        <translation>עריכה › ביטול מחזיר את הקוד ואת הסימונים שלו.</translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Configure Gloss</source>
        <translation>הגדרת Gloss</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;מראה</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>&amp;סימונים</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;ייצוא</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>שימוש בגו&amp;פן המערכת</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>גופן חלונית הקריאה</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> נק׳</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>גודל הגופן בחלונית הקריאה</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>Gloss starts in the new language the next time it is opened.</source>
        <translation>Gloss ייפתח בשפה החדשה בפעם הבאה שתפעילו אותו.</translation>
    </message>
    <message>
        <source>Colour &amp;theme:</source>
        <translation>&amp;ערכת צבעים:</translation>
    </message>
    <message>
        <source>Colours the reader, its entities and the timeline. Follow System picks a light or dark theme to match the desktop.</source>
        <translation>צובעת את חלונית הקריאה, את הישויות שבה ואת ציר הזמן. &quot;לפי המערכת&quot; בוחרת ערכה בהירה או כהה בהתאם לשולחן העבודה.</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>גופן חלונית הקריאה:</translation>
    </message>
    <message>
        <source>&amp;Font and size:</source>
        <translation>&amp;גופן וגודל:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;שם המחבר:</translation>
    </message>
    <message>
        <source>Every annotation you make carries this name, so notes from several people can be told apart in exports. Left empty, your account&apos;s name is used.</source>
        <translation>כל סימון שתיצרו יישא את השם הזה, כך שבייצוא אפשר יהיה להבחין בין הערות של אנשים שונים. אם השדה יישאר ריק, ייעשה שימוש בשם החשבון שלכם.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 מ״מ)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 אינץ׳)</translation>
    </message>
    <message>
        <source>Start CSV files with a &amp;byte order mark</source>
        <translation>הוספת סימן סדר &amp;בתים (BOM) בתחילת קובצי CSV</translation>
    </message>
    <message>
        <source>PDF report &amp;page size:</source>
        <translation>גודל ה&amp;עמוד בדוח PDF:</translation>
    </message>
    <message>
        <source>CSV:</source>
        <translation>CSV:</translation>
    </message>
    <message>
        <source>Microsoft Excel needs the mark to read accented letters correctly; most other programs do not.</source>
        <translation>Microsoft Excel זקוק לסימן הזה כדי לקרוא נכון אותיות עם סימנים דיאקריטיים; רוב התוכנות האחרות אינן זקוקות לו.</translation>
    </message>
    <message>
        <source>These are the defaults the export dialog starts with.</source>
        <translation>אלה ברירות המחדל שאיתן נפתח חלון הייצוא.</translation>
    </message>
    <message>
        <source>Colour the &amp;whole window with the theme</source>
        <translation>צביעת &amp;כל החלון בערכת הצבעים</translation>
    </message>
    <message>
        <source>For a dark window where the desktop has no dark mode of its own</source>
        <translation>לחלון כהה כשלשולחן העבודה אין מצב כהה משלו</translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>חלון</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>חלונית הקריאה</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>חיפוש בכתבה</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>ההתאמה הבאה</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>ההתאמה הקודמת</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>סגירת סרגל החיפוש</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלת התצוגה</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנת התצוגה</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>הזזה</translation>
    </message>
    <message>
        <source>Pan by a page</source>
        <translation>הזזה בעמוד שלם</translation>
    </message>
    <message>
        <source>Fit everything</source>
        <translation>התאמת הכול לתצוגה</translation>
    </message>
    <message>
        <source>Clear the selected period</source>
        <translation>ניקוי התקופה שנבחרה</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>סינון לפי שם או מקש</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>סינון קיצורים</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>קיצור</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Next field or panel</source>
        <translation>השדה או החלונית הבאים</translation>
    </message>
    <message>
        <source>Previous field or panel</source>
        <translation>השדה או החלונית הקודמים</translation>
    </message>
</context>
<context>
    <name>Gloss::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <source>&lt;p&gt;The timeline shows when articles were published, the calls and meetings they report, the dates they mention and the selected entities, one lane each.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Wheel, pinch, &lt;b&gt;+&lt;/b&gt; and &lt;b&gt;−&lt;/b&gt;: zoom (around the pointer)&lt;/li&gt;&lt;li&gt;Drag, arrow keys: pan · &lt;b&gt;Home&lt;/b&gt;: fit everything&lt;/li&gt;&lt;li&gt;Click a mark: show its article&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift&lt;/b&gt;+drag, or drag along the dates at the bottom: show only the articles of that period · &lt;b&gt;Esc&lt;/b&gt;, a click on empty space or the band&apos;s × clears it&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ציר הזמן מציג מתי פורסמו הכתבות, את השיחות והפגישות שהן מדווחות עליהן, את התאריכים שהן מזכירות ואת הישויות שנבחרו, כל אחד מאלה בנתיב משלו.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;גלגלת, צביטה, &lt;b&gt;+&lt;/b&gt; ו־&lt;b&gt;−&lt;/b&gt;: שינוי גודל התצוגה (סביב מצביע העכבר)&lt;/li&gt;&lt;li&gt;גרירה, מקשי החצים: הזזה · &lt;b&gt;Home&lt;/b&gt;: התאמת הכול לתצוגה&lt;/li&gt;&lt;li&gt;לחיצה על סימן: הצגת הכתבה שלו&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift&lt;/b&gt;+גרירה, או גרירה לאורך התאריכים שבתחתית: הצגת הכתבות של אותה תקופה בלבד · &lt;b&gt;Esc&lt;/b&gt;, לחיצה על שטח ריק או על ה־× של הרצועה מבטלים את הבחירה&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>התאמת הכול</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Clear Selected Period</source>
        <translation>ניקוי התקופה שנבחרה</translation>
    </message>
    <message>
        <source>No dated articles.</source>
        <translation>אין כתבות מתוארכות.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published from %1 to %2.</source>
        <translation>
            <numerusform>%n כתבה פורסמה מ־%1 עד %2.</numerusform>
            <numerusform>%n כתבות פורסמו מ־%1 עד %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n אירוע.</numerusform>
            <numerusform>%n אירועים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioned date(s).</source>
        <translation>
            <numerusform>%n תאריך מוזכר.</numerusform>
            <numerusform>%n תאריכים מוזכרים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanes for %1.</source>
        <translation>נתיבים עבור %1.</translation>
    </message>
    <message>
        <source>Scroll, pinch or press + and - to zoom; drag or use the arrow keys to pan; Home fits everything; click a mark to show its article; Shift+drag or drag along the dates to select a period, Escape clears it.</source>
        <translation>גללו, צבטו או הקישו + ו־- כדי לשנות את גודל התצוגה; גררו או השתמשו במקשי החצים כדי להזיז; Home מתאים את הכול לתצוגה; לחצו על סימן כדי להציג את הכתבה שלו; Shift+גרירה או גרירה לאורך התאריכים בוחרות תקופה, ו־Escape מבטל את הבחירה.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Mentioned dates</source>
        <translation>תאריכים מוזכרים</translation>
    </message>
    <message>
        <source>No dated articles</source>
        <translation>אין כתבות מתוארכות</translation>
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
        <translation>שיחה</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>הצהרה</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to show the article</source>
        <translation>לחצו כדי להציג את הכתבה</translation>
    </message>
    <message>
        <source>Mentioned in this article</source>
        <translation>מוזכר בכתבה זו</translation>
    </message>
    <message>
        <source>Click to show where</source>
        <translation>לחצו כדי להציג היכן</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>אירוע %n</numerusform>
            <numerusform>%n אירועים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ועוד %n</numerusform>
            <numerusform>… ועוד %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>כתבה %n</numerusform>
            <numerusform>%n כתבות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named %n time(s)</source>
        <translation>
            <numerusform>צוין %n פעם</numerusform>
            <numerusform>צוין %n פעמים</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles published each day: the taller the bar, the more articles.</source>
        <translation>כתבות שפורסמו בכל יום: ככל שהעמודה גבוהה יותר, כך יש יותר כתבות.</translation>
    </message>
    <message>
        <source>Calls, meetings and statements the articles report (◆); a bar spans an event dated only to a week or a month.</source>
        <translation>שיחות, פגישות והצהרות שהכתבות מדווחות עליהן (◆); פס מייצג אירוע שתאריכו ידוע רק ברמת שבוע או חודש.</translation>
    </message>
    <message>
        <source>Days the articles talk about (▲): the darker, the more often.</source>
        <translation>ימים שהכתבות מדברות עליהם (▲): ככל שהצבע כהה יותר, כך הם מוזכרים לעיתים קרובות יותר.</translation>
    </message>
    <message>
        <source>Articles mentioning %1 (●): the darker, the more articles.</source>
        <translation>כתבות שמזכירות את %1 (●): ככל שהצבע כהה יותר, כך יש יותר כתבות.</translation>
    </message>
    <message>
        <source>Show articles of any date (Esc)</source>
        <translation>הצגת כתבות מכל תאריך (Esc)</translation>
    </message>
    <message>
        <source>Selected period: %1</source>
        <translation>התקופה שנבחרה: %1</translation>
    </message>
    <message>
        <source>Drag along the dates to select a period</source>
        <translation>גררו לאורך התאריכים כדי לבחור תקופה</translation>
    </message>
</context>
<context>
    <name>JsonLdExporter</name>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>המסמך %1 נעלם מ־%2 במהלך הייצוא.</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>הסימונים של %1</translation>
    </message>
</context>
<context>
    <name>JsonLdImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1: its article (%2) is not in %3; import the article first.</source>
        <translation>%1: הכתבה שלו (%2) אינה נמצאת ב־%3; יש לייבא קודם את הכתבה.</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>לא צוין מקור</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 אינו JSON תקין (בבית %2: %3).</translation>
    </message>
    <message>
        <source>%1: the annotation collection&apos;s first page is not in the file (paged collections are not read).</source>
        <translation>%1: העמוד הראשון של אוסף הסימונים אינו נמצא בקובץ (אוספים המחולקים לעמודים אינם נקראים).</translation>
    </message>
    <message>
        <source>%1 is not a W3C Web Annotation file: its @context is not %2.</source>
        <translation>%1 אינו קובץ W3C Web Annotation: ה־@context שלו אינו %2.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: annotation %2</source>
        <translation>%1: סימון %2</translation>
    </message>
    <message>
        <source>%1 is not of type Annotation.</source>
        <translation>%1 אינו מסוג Annotation.</translation>
    </message>
    <message>
        <source>%1 has no target with a selector.</source>
        <translation>ל־%1 אין target עם selector.</translation>
    </message>
    <message>
        <source>%1: the TextPositionSelector %2–%3 is not a passage (start must be at least 0 and before end).</source>
        <translation>%1: ה־TextPositionSelector %2–%3 אינו קטע (start חייב להיות 0 לפחות וקטן מ־end).</translation>
    </message>
    <message>
        <source>%1 has neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation>ל־%1 אין TextQuoteSelector וגם לא TextPositionSelector.</translation>
    </message>
    <message>
        <source>%1: document %2 cannot be read.</source>
        <translation>%1: לא ניתן לקרוא את המסמך %2.</translation>
    </message>
    <message>
        <source>%1: the passage %2–%3 is past the end of document %4 (%5 characters).</source>
        <translation>%1: הקטע %2–%3 חורג מסוף המסמך %4 (%5 תווים).</translation>
    </message>
    <message>
        <source>%1: the quote “%2” is not in the text of document %3.</source>
        <translation>%1: הציטוט &quot;%2&quot; אינו מופיע בטקסט של המסמך %3.</translation>
    </message>
    <message>
        <source>%1: code “%2”: %3</source>
        <translation>%1: קוד &quot;%2&quot;: %3</translation>
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
        <translation>מיזוג &quot;%1&quot; לתוך &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>MoveCodeCommand</name>
    <message>
        <source>Move Code “%1”</source>
        <translation>העברת הקוד &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PdfReportExporter</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>ארגונים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>קבוצות</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>תאריכים</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>כמויות</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>כתבה אחת</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 כתבות</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>סימון אחד</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 סימונים</translation>
    </message>
    <message>
        <source>A PDF report lays out text with Qt&apos;s fonts, which needs a QGuiApplication.</source>
        <translation>דוח PDF פורס את הטקסט בעזרת הגופנים של Qt, ולשם כך נדרש QGuiApplication.</translation>
    </message>
    <message>
        <source>Annotation report: %1</source>
        <translation>דוח סימונים: %1</translation>
    </message>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>המסמך %1 נעלם מ־%2 במהלך הייצוא.</translation>
    </message>
    <message>
        <source>Annotation report</source>
        <translation>דוח סימונים</translation>
    </message>
    <message>
        <source>Articles published %1 to %2</source>
        <translation>כתבות שפורסמו מ־%1 עד %2</translation>
    </message>
    <message>
        <source>Articles of any date</source>
        <translation>כתבות מכל תאריך</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>היקף: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1, ובהן %2</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>קודים</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>ללא קוד</translation>
    </message>
    <message>
        <source>Generated %1 by Gloss %2 from %3</source>
        <translation>הופק ב־%1 באמצעות Gloss %2 מתוך %3</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>תוכן העניינים</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>כתבה %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
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
        <translation>לפי שורת המקום והתאריך &quot;%1, %2&quot;</translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the linked X post %3 of %4</source>
        <translation>לפי שורת המקום והתאריך &quot;%1&quot;; השנה %2 לפי פוסט ה־X המקושר %3 מ־%4</translation>
    </message>
    <message>
        <source>from the dateline “%1”; the year %2 from the latest full date in the text (%3)</source>
        <translation>לפי שורת המקום והתאריך &quot;%1&quot;; השנה %2 לפי התאריך המלא האחרון בטקסט (%3)</translation>
    </message>
    <message>
        <source>the dateline says “%1” but nothing in the article gives the year</source>
        <translation>בשורת המקום והתאריך כתוב &quot;%1&quot;, אך שום דבר בכתבה אינו מציין את השנה</translation>
    </message>
    <message>
        <source>from the linked X post %1</source>
        <translation>לפי פוסט ה־X המקושר %1</translation>
    </message>
    <message>
        <source>the latest full date in the text</source>
        <translation>התאריך המלא האחרון בטקסט</translation>
    </message>
    <message>
        <source>the date header “%1” is not a calendar date</source>
        <translation>כותרת התאריך &quot;%1&quot; אינה תאריך בלוח השנה</translation>
    </message>
    <message>
        <source>%1: there is no column named &quot;%2&quot;; the columns are: %3</source>
        <translation>%1: אין עמודה בשם &quot;%2&quot;; העמודות הן: %3</translation>
    </message>
    <message>
        <source>%1: no text column (looked for %2); the columns are: %3</source>
        <translation>%1: אין עמודת טקסט (נבדקו: %2); העמודות הן: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the text is empty</source>
        <translation>%1: שורה %2: הטקסט ריק</translation>
    </message>
    <message>
        <source>%1: line %2: unbalanced quote in a CSV field</source>
        <translation>%1: שורה %2: מירכאות לא מאוזנות בשדה CSV</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has only %4 columns</source>
        <translation>%1: שורה %2: %3 שדות, אך בשורת הכותרת יש רק %4 עמודות</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON: %3 (at character %4)</source>
        <translation>%1: שורה %2: JSON לא תקין: %3 (בתו %4)</translation>
    </message>
    <message>
        <source>%1: line %2: not a JSON object (each line must hold one {…} object)</source>
        <translation>%1: שורה %2: אינה אובייקט JSON (כל שורה חייבת להכיל אובייקט {…} אחד)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>תמונת PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>תמונת JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>תמונת GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>מסמך PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (Word and OpenDocument files are ZIP archives too)</source>
        <translation>ארכיון ZIP (גם קובצי Word ו־OpenDocument הם ארכיוני ZIP)</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>נתונים דחוסים ב־gzip</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>תוכנה (קובץ הפעלה ELF)</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>מסד נתונים של SQLite</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>מסמך Microsoft Office ישן (.doc, .xls)</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like binary data).</source>
        <translation>%1 אינו קובץ טקסט (נראה שהוא מכיל נתונים בינאריים).</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like %2).</source>
        <translation>%1 אינו קובץ טקסט (נראה שזהו %2).</translation>
    </message>
    <message>
        <source>from the %1 “%2”</source>
        <translation>לפי %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date Gloss can read</source>
        <translation>%1 &quot;%2&quot; אינו תאריך ש־Gloss יודע לקרוא</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 לא קיים.</translation>
    </message>
    <message>
        <source>%1 does not exist (a broken link?).</source>
        <translation>%1 לא קיים (קישור שבור?).</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 הוא תיקייה.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB per file).</source>
        <translation>%1 גדול מדי (%2 MB; המגבלה היא %3 MB לקובץ).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ריק.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>page&apos;s published date</source>
        <translation>תאריך הפרסום של הדף</translation>
    </message>
    <message>
        <source>%1 holds no article text (nothing left after removing markup and scripts).</source>
        <translation>%1 אינו מכיל טקסט של כתבה (לא נותר דבר לאחר הסרת התגיות והסקריפטים).</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 אינו מכיל טקסט.</translation>
    </message>
    <message>
        <source>date column</source>
        <translation>עמודת התאריך</translation>
    </message>
    <message>
        <source>%1 holds no articles.</source>
        <translation>%1 אינו מכיל כתבות.</translation>
    </message>
    <message>
        <source>%1 holds no gold spans.</source>
        <translation>%1 אינו מכיל מקטעי ייחוס (gold spans).</translation>
    </message>
    <message>
        <source>%1: a line without five fields: %2</source>
        <translation>%1: שורה שאין בה חמישה שדות: %2</translation>
    </message>
    <message>
        <source>Cannot read the article %1 in %2.</source>
        <translation>לא ניתן לקרוא את הכתבה %1 ב־%2.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>אין מסמך %1.</translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is not an SQLite file.</source>
        <translation>%1 אינו מסד נתונים של Gloss: הוא אינו קובץ SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than an SQLite header.</source>
        <translation>%1 פגום: הקובץ קצר יותר מכותרת של SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Gloss database: it is an SQLite database of another program.</source>
        <translation>%1 אינו מסד נתונים של Gloss: זהו מסד נתונים SQLite של תוכנה אחרת.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gloss (schema version %2; this version reads up to %3). Update Gloss to open it.</source>
        <translation>%1 נכתב על ידי גרסה חדשה יותר של Gloss (גרסת סכמה %2; גרסה זו קוראת עד גרסה %3). עדכנו את Gloss כדי לפתוח אותו.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 פגום (%2). הקובץ לא שונה; שחזרו אותו מגיבוי.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>מנהל ההתקן של Qt עבור SQLite (QSQLITE) אינו מותקן.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>לא ניתן ליצור את התיקייה עבור %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>לא ניתן ליצור את %1: אין הרשאת כתיבה לתיקייה.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to schema version %2 but is read-only.</source>
        <translation>יש לשדרג את %1 לגרסת סכמה %2, אך הוא פתוח לקריאה בלבד.</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation>%1 לא שודרג: הגיבוי שלפני השדרוג נכשל: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed: %3</source>
        <translation>שדרוג %1 לגרסת סכמה %2 נכשל: %3</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 נכשל בבדיקת התקינות: %2</translation>
    </message>
    <message>
        <source>The SQLite handle of %1 is not available for a backup.</source>
        <translation>החיבור של SQLite אל %1 אינו זמין לגיבוי.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2 failed: %3</source>
        <translation>גיבוי %1 אל %2 נכשל: %3</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>לא ניתן לכתוב את הגיבוי %1.</translation>
    </message>
    <message>
        <source>%1 is busy: another program (another Gloss window or command?) is writing to it. Try again when it has finished.</source>
        <translation>%1 תפוס: תוכנה אחרת (חלון Gloss נוסף או פקודה?) כותבת אליו. נסו שוב כשהיא תסיים.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>הדיסק שבו נמצא %1 מלא; דבר לא שונה. פנו מקום ונסו שוב.</translation>
    </message>
    <message>
        <source>%1 is read-only; it cannot be changed.</source>
        <translation>%1 פתוח לקריאה בלבד; לא ניתן לשנות אותו.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>שגיאת מסד נתונים ב־%1: %2</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>אין ישות %1.</translation>
    </message>
    <message>
        <source>The span %1–%2 is not inside the document.</source>
        <translation>הטווח %1–%2 אינו בתוך המסמך.</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>לישות נדרש שם.</translation>
    </message>
    <message>
        <source>The entity is called “%1” already.</source>
        <translation>שם הישות כבר &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds Web Annotations, not articles; import it with the articles it annotates.</source>
        <translation>%1 מכיל Web Annotations ולא כתבות; ייבאו אותו יחד עם הכתבות שהוא מסמן.</translation>
    </message>
    <message>
        <source>%1 could not be written (disk I/O error): the disk may be full or failing. The change was not saved.</source>
        <translation>לא ניתן היה לכתוב את %1 (שגיאת קלט/פלט בדיסק): ייתכן שהדיסק מלא או תקול. השינוי לא נשמר.</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change by a program that stopped (its journal %2 is still there). Open it once with write access to the file and its folder so the change can be rolled back.</source>
        <translation>%1 נותר באמצע שינוי של תוכנה שנעצרה (קובץ היומן שלה %2 עדיין קיים). יש לפתוח אותו פעם אחת עם הרשאות כתיבה לקובץ ולתיקייה שלו כדי שאפשר יהיה לבטל את השינוי.</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: the server refused the user name or password (%2). Gloss never stores passwords: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD.</source>
        <translation>לא ניתן להתחבר אל %1: השרת דחה את שם המשתמש או הסיסמה (%2). ‏Gloss לעולם אינו שומר סיסמאות: שימו אותה ב־‎~/.pgpass (או בקובץ ש־PGPASSFILE מציין) או ב־PGPASSWORD.</translation>
    </message>
    <message>
        <source>%1: the server has no such database (%2). Ask its administrator to create it, empty; Gloss sets it up on first use.</source>
        <translation>%1: אין בשרת מסד נתונים כזה (%2). בקשו ממנהל השרת ליצור אותו ריק; ‏Gloss יכין אותו בשימוש הראשון.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>החיבור המאובטח אל %1 נכשל: %2</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server of %1: %2</source>
        <translation>לא ניתן להגיע לשרת PostgreSQL של %1: ‏%2</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server of %1 was lost (%2); nothing more was saved. Open the corpus again.</source>
        <translation>החיבור לשרת PostgreSQL של %1 אבד (%2); דבר נוסף לא נשמר. פתחו את הקורפוס שוב.</translation>
    </message>
    <message>
        <source>%1 is busy: another user is writing the same rows. Try again when they have finished.</source>
        <translation>%1 עסוק: משתמש אחר כותב את אותן השורות. נסו שוב כשיסיים.</translation>
    </message>
    <message>
        <source>%1: the server does not allow this (%2). Ask its administrator for the rights.</source>
        <translation>%1: השרת אינו מתיר זאת (%2). בקשו ממנהל השרת את ההרשאות.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>לא ניתן לפתוח את %1: מנהל ההתקן של Qt ל־PostgreSQL ‏(QPSQL) אינו מותקן.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Gloss database: it holds %n table(s) of another program. Give Gloss a database of its own.</source>
        <translation>
            <numerusform>%1 אינו מסד נתונים של Gloss: יש בו טבלה %n של תוכנה אחרת. תנו ל־Gloss מסד נתונים משלו.</numerusform>
            <numerusform>%1 אינו מסד נתונים של Gloss: יש בו %n טבלאות של תוכנה אחרת. תנו ל־Gloss מסד נתונים משלו.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Gloss corpus yet.</source>
        <translation>%1 עדיין אינו מכיל קורפוס של Gloss.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to schema version %2 but is opened read-only.</source>
        <translation>%1 צריך שדרוג לגרסת סכימה %2 אך נפתח לקריאה בלבד.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>לא ניתן לקרוא את גרסת הסכימה של %1.</translation>
    </message>
    <message>
        <source>%1 is kept on a PostgreSQL server: back it up there (pg_dump), or copy it into a file with gloss copy.</source>
        <translation>%1 שמור בשרת PostgreSQL: גבו אותו שם (pg_dump), או העתיקו אותו לקובץ בעזרת gloss copy.</translation>
    </message>
    <message>
        <source>%1 is busy: another user was writing the same rows at the same time. Try again.</source>
        <translation>%1 עסוק: משתמש אחר כתב את אותן השורות באותו זמן. נסו שוב.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>%1 אינה כתובת PostgreSQL ‏(postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2</source>
        <translation>%1 אינה כתובת PostgreSQL תקינה: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: the port %2 is not a number.</source>
        <translation>%1 אינה כתובת PostgreSQL תקינה: הפתחה %2 אינה מספר.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address: %2 is not a connection parameter.</source>
        <translation>%1 אינה כתובת PostgreSQL תקינה: %2 אינו פרמטר חיבור.</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the server, as in postgresql://host/corpus.</source>
        <translation>%1 אינה מציינת מסד נתונים: הוסיפו אותו אחרי השרת, כמו ב־postgresql://host/corpus.</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Document %1 disappeared from %2 during the export.</source>
        <translation>המסמך %1 נעלם מ־%2 במהלך הייצוא.</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>כתבה %1</translation>
    </message>
    <message>
        <source>Cannot write the project of %1: the XML writer failed.</source>
        <translation>לא ניתן לכתוב את הפרויקט של %1: כותב ה־XML נכשל.</translation>
    </message>
</context>
<context>
    <name>RemoveCodeCommand</name>
    <message>
        <source>Delete Code “%1” and Its Annotations</source>
        <translation>מחיקת הקוד &quot;%1&quot; והסימונים שלו</translation>
    </message>
    <message>
        <source>Delete Code “%1”</source>
        <translation>מחיקת הקוד &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete Code “%1”, Moving Its Annotations</source>
        <translation>מחיקת הקוד &quot;%1&quot; והעברת הסימונים שלו</translation>
    </message>
</context>
<context>
    <name>ReplaceCodeBookCommand</name>
    <message>
        <source>Install Default Code Book</source>
        <translation>התקנת ספר הקודים המוגדר כברירת מחדל</translation>
    </message>
    <message>
        <source>Load Code Book “%1”</source>
        <translation>טעינת ספר הקודים &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>%1 Taking the change back failed too: %2</source>
        <translation>%1 גם ביטול השינוי נכשל: %2</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Follow System</source>
        <translation>לפי המערכת</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>No marks.</source>
        <translation>אין סימנים.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day(s), from %2 to %3.</source>
        <translation>
            <numerusform>%1 ב־%n יום, מ־%2 עד %3.</numerusform>
            <numerusform>%1 ב־%n ימים, מ־%2 עד %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most on %1 (%2).</source>
        <translation>השיא ב־%1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) published</source>
        <translation>
            <numerusform>%n כתבה פורסמה</numerusform>
            <numerusform>%n כתבות פורסמו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a date</source>
        <translation>
            <numerusform>%n אזכור של תאריך</numerusform>
            <numerusform>%n אזכורים של תאריכים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) mentioning %1</source>
        <translation>
            <numerusform>%n כתבה מזכירה את %1</numerusform>
            <numerusform>%n כתבות מזכירות את %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n אירוע, מ־%1 עד %2.</numerusform>
            <numerusform>%n אירועים, מ־%1 עד %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Latest: %1.</source>
        <translation>האחרונים: %1.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>the archive is already finished</source>
        <translation>הארכיון כבר הושלם</translation>
    </message>
    <message>
        <source>an entry name must have 1 to 65,535 bytes</source>
        <translation>שם של רשומה חייב להיות באורך של 1 עד 65,535 בתים</translation>
    </message>
    <message>
        <source>the archive would be larger than ZIP without ZIP64 allows (4 GB, 65,535 entries)</source>
        <translation>הארכיון יהיה גדול יותר ממה ש־ZIP ללא ZIP64 מאפשר (4 GB, 65,535 רשומות)</translation>
    </message>
    <message>
        <source>the archive would be larger than ZIP without ZIP64 allows (4 GB)</source>
        <translation>הארכיון יהיה גדול יותר ממה ש־ZIP ללא ZIP64 מאפשר (4 GB)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Corpus</source>
        <translation>לא ניתן לפתוח את הקורפוס</translation>
    </message>
</context>
</TS>
