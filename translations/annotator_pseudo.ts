<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About annotator-desktop</source>
            <translation>[Àƀöûţ àññöţàţöŕ-ðéšķţöþ ·······]</translation>
        </message>
        <message>
            <source>Application icon</source>
            <translation>[Àþþļîçàţîöñ îçöñ ·····]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Ṽéŕšîöñ ··]</translation>
        </message>
        <message>
            <source>annotator-desktop version %1</source>
            <translation>[àññöţàţöŕ-ðéšķţöþ ṽéŕšîöñ %1 ········]</translation>
        </message>
        <message>
            <source>License</source>
            <translation>[Ļîçéñšé ··]</translation>
        </message>
        <message>
            <source>Licensed under the Apache License, version 2.0 (%1).</source>
            <translation>[Ļîçéñšéð ûñðéŕ ţĥé Àþàçĥé Ļîçéñšé, ṽéŕšîöñ 2.0 (%1). ················]</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>[Ðàţà ƒöļðéŕ ···]</translation>
        </message>
        <message>
            <source>Your data is kept in: %1</source>
            <translation>[Ýöûŕ ðàţà îš ķéþţ îñ: %1 ·······]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ··]</translation>
        </message>
        <message>
            <source>Copy path</source>
            <translation>[Çöþý þàţĥ ···]</translation>
        </message>
        <message>
            <source>Copy the data folder path</source>
            <translation>[Çöþý ţĥé ðàţà ƒöļðéŕ þàţĥ ········]</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>[Öþéñ ðàţà ƒöļðéŕ ·····]</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>[Öþéñ ţĥé ðàţà ƒöļðéŕ ······]</translation>
        </message>
    </context>
    <context>
        <name>ActionSet</name>
        <message>
            <source>&amp;Open folder…</source>
            <translation>[&amp;Öþéñ ƒöļðéŕ… ····]</translation>
        </message>
        <message>
            <source>Open a folder of images</source>
            <translation>[Öþéñ à ƒöļðéŕ öƒ îɱàĝéš ·······]</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>[&amp;Éẋþöŕţ… ··]</translation>
        </message>
        <message>
            <source>Export a project's annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
            <translation>[Éẋþöŕţ à þŕöĵéçţ'š àññöţàţîöñš àš ÇÖÇÖ, ÝÖĻÖ, Þàšçàļ ṼÖÇ öŕ ĴŠÖÑ Ļîñéš ·····················]</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>[&amp;Šéţţîñĝš… ···]</translation>
        </message>
        <message>
            <source>Change settings</source>
            <translation>[Çĥàñĝé šéţţîñĝš ····]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Ǫûîţ ··]</translation>
        </message>
        <message>
            <source>Quit the app</source>
            <translation>[Ǫûîţ ţĥé àþþ ····]</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Ûñðö ··]</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>[Ûñðö ţĥé ļàšţ éðîţ ·····]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Ŕéðö ··]</translation>
        </message>
        <message>
            <source>Redo the last undone edit</source>
            <translation>[Ŕéðö ţĥé ļàšţ ûñðöñé éðîţ ········]</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>[Žööɱ &amp;îñ ··]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööɱ îñ ··]</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>[Žööɱ &amp;öûţ ···]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööɱ öûţ ··]</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>[&amp;Ƒîţ ţö ŵîñðöŵ ····]</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>[Ƒîţ ţö ŵîñðöŵ ····]</translation>
        </message>
        <message>
            <source>&amp;Find task</source>
            <translation>[&amp;Ƒîñð ţàšķ ···]</translation>
        </message>
        <message>
            <source>Search the task list</source>
            <translation>[Šéàŕçĥ ţĥé ţàšķ ļîšţ ······]</translation>
        </message>
        <message>
            <source>&amp;Previous task</source>
            <translation>[&amp;Þŕéṽîöûš ţàšķ ····]</translation>
        </message>
        <message>
            <source>Go to the previous task</source>
            <translation>[Ĝö ţö ţĥé þŕéṽîöûš ţàšķ ·······]</translation>
        </message>
        <message>
            <source>&amp;Next task</source>
            <translation>[&amp;Ñéẋţ ţàšķ ···]</translation>
        </message>
        <message>
            <source>Go to the next task</source>
            <translation>[Ĝö ţö ţĥé ñéẋţ ţàšķ ······]</translation>
        </message>
        <message>
            <source>S&amp;ubmit</source>
            <translation>[Š&amp;ûƀɱîţ ··]</translation>
        </message>
        <message>
            <source>Check and submit this task</source>
            <translation>[Çĥéçķ àñð šûƀɱîţ ţĥîš ţàšķ ········]</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>[Š&amp;ķîþ ··]</translation>
        </message>
        <message>
            <source>Skip this task for now</source>
            <translation>[Šķîþ ţĥîš ţàšķ ƒöŕ ñöŵ ·······]</translation>
        </message>
        <message>
            <source>&amp;Review submissions…</source>
            <translation>[&amp;Ŕéṽîéŵ šûƀɱîššîöñš… ······]</translation>
        </message>
        <message>
            <source>Spot-check a sample of submissions (QA leads)</source>
            <translation>[Šþöţ-çĥéçķ à šàɱþļé öƒ šûƀɱîššîöñš (ǪÀ ļéàðš) ··············]</translation>
        </message>
        <message>
            <source>Project s&amp;tatistics…</source>
            <translation>[Þŕöĵéçţ š&amp;ţàţîšţîçš… ······]</translation>
        </message>
        <message>
            <source>Counts, throughput, acceptance and agreement per project</source>
            <translation>[Çöûñţš, ţĥŕöûĝĥþûţ, àççéþţàñçé àñð àĝŕééɱéñţ þéŕ þŕöĵéçţ ·················]</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>[Šîĝñ &amp;îñ… ···]</translation>
        </message>
        <message>
            <source>Sign in to a task server</source>
            <translation>[Šîĝñ îñ ţö à ţàšķ šéŕṽéŕ ·······]</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>[Šîĝñ &amp;öûţ ···]</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>[Šîĝñ öûţ ··]</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>[&amp;Šýñç ñöŵ ···]</translation>
        </message>
        <message>
            <source>Send and receive now</source>
            <translation>[Šéñð àñð ŕéçéîṽé ñöŵ ······]</translation>
        </message>
        <message>
            <source>&amp;Take tasks offline…</source>
            <translation>[&amp;Ţàķé ţàšķš öƒƒļîñé… ······]</translation>
        </message>
        <message>
            <source>Check out tasks to work on offline</source>
            <translation>[Çĥéçķ öûţ ţàšķš ţö ŵöŕķ öñ öƒƒļîñé ··········]</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>[&amp;Çàñçéļ šýñç ····]</translation>
        </message>
        <message>
            <source>Stop the running sync</source>
            <translation>[Šţöþ ţĥé ŕûññîñĝ šýñç ······]</translation>
        </message>
        <message>
            <source>&amp;Problems…</source>
            <translation>[&amp;Þŕöƀļéɱš… ···]</translation>
        </message>
        <message>
            <source>Show the changes from the server that could not be used</source>
            <translation>[Šĥöŵ ţĥé çĥàñĝéš ƒŕöɱ ţĥé šéŕṽéŕ ţĥàţ çöûļð ñöţ ƀé ûšéð ················]</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>[&amp;Ķéýƀöàŕð šĥöŕţçûţš ······]</translation>
        </message>
        <message>
            <source>Show every shortcut</source>
            <translation>[Šĥöŵ éṽéŕý šĥöŕţçûţ ······]</translation>
        </message>
        <message>
            <source>&amp;About annotator-desktop</source>
            <translation>[&amp;Àƀöûţ àññöţàţöŕ-ðéšķţöþ ·······]</translation>
        </message>
        <message>
            <source>About this app</source>
            <translation>[Àƀöûţ ţĥîš àþþ ····]</translation>
        </message>
    </context>
    <context>
        <name>BBoxActions</name>
        <message>
            <source>Choose label “%1”</source>
            <translation>[Çĥööšé ļàƀéļ “%1” ·····]</translation>
        </message>
        <message>
            <source>Draw mode (click–click or drag draws)</source>
            <translation>[Ðŕàŵ ɱöðé (çļîçķ–çļîçķ öŕ ðŕàĝ ðŕàŵš) ···········]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööɱ îñ ··]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööɱ öûţ ··]</translation>
        </message>
        <message>
            <source>Fit image to view</source>
            <translation>[Ƒîţ îɱàĝé ţö ṽîéŵ ·····]</translation>
        </message>
        <message>
            <source>Actual size (1:1)</source>
            <translation>[Àçţûàļ šîžé (1:1) ·····]</translation>
        </message>
        <message>
            <source>Delete selected boxes</source>
            <translation>[Ðéļéţé šéļéçţéð ƀöẋéš ······]</translation>
        </message>
        <message>
            <source>Select all boxes</source>
            <translation>[Šéļéçţ àļļ ƀöẋéš ·····]</translation>
        </message>
        <message>
            <source>Copy the selected box</source>
            <translation>[Çöþý ţĥé šéļéçţéð ƀöẋ ······]</translation>
        </message>
        <message>
            <source>Paste the copied box</source>
            <translation>[Þàšţé ţĥé çöþîéð ƀöẋ ······]</translation>
        </message>
        <message>
            <source>Hide boxes (hold)</source>
            <translation>[Ĥîðé ƀöẋéš (ĥöļð) ·····]</translation>
        </message>
        <message>
            <source>Copy boxes of the previous task</source>
            <translation>[Çöþý ƀöẋéš öƒ ţĥé þŕéṽîöûš ţàšķ ·········]</translation>
        </message>
        <message>
            <source>Nothing to label in this image</source>
            <translation>[Ñöţĥîñĝ ţö ļàƀéļ îñ ţĥîš îɱàĝé ·········]</translation>
        </message>
        <message>
            <source>Nudge left 1 px</source>
            <translation>[Ñûðĝé ļéƒţ 1 þẋ ····]</translation>
        </message>
        <message>
            <source>Nudge right 1 px</source>
            <translation>[Ñûðĝé ŕîĝĥţ 1 þẋ ·····]</translation>
        </message>
        <message>
            <source>Nudge up 1 px</source>
            <translation>[Ñûðĝé ûþ 1 þẋ ····]</translation>
        </message>
        <message>
            <source>Nudge down 1 px</source>
            <translation>[Ñûðĝé ðöŵñ 1 þẋ ····]</translation>
        </message>
        <message>
            <source>Nudge left 10 px</source>
            <translation>[Ñûðĝé ļéƒţ 10 þẋ ·····]</translation>
        </message>
        <message>
            <source>Nudge right 10 px</source>
            <translation>[Ñûðĝé ŕîĝĥţ 10 þẋ ·····]</translation>
        </message>
        <message>
            <source>Nudge up 10 px</source>
            <translation>[Ñûðĝé ûþ 10 þẋ ····]</translation>
        </message>
        <message>
            <source>Nudge down 10 px</source>
            <translation>[Ñûðĝé ðöŵñ 10 þẋ ·····]</translation>
        </message>
    </context>
    <context>
        <name>BBoxCommands</name>
        <message>
            <source>Draw box</source>
            <translation>[Ðŕàŵ ƀöẋ ··]</translation>
        </message>
        <message>
            <source>Delete boxes</source>
            <translation>[Ðéļéţé ƀöẋéš ····]</translation>
        </message>
        <message>
            <source>Nothing to label</source>
            <translation>[Ñöţĥîñĝ ţö ļàƀéļ ·····]</translation>
        </message>
    </context>
    <context>
        <name>BBoxPane</name>
        <message>
            <source>Image and boxes</source>
            <translation>[Îɱàĝé àñð ƀöẋéš ····]</translation>
        </message>
        <message>
            <source>Nothing to label in this image</source>
            <translation>[Ñöţĥîñĝ ţö ļàƀéļ îñ ţĥîš îɱàĝé ·········]</translation>
        </message>
        <message>
            <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
            <translation>[Ðŕàŵ ɱöðé: ðŕàĝ, öŕ çļîçķ ţŵö çöŕñéŕš, ţö ðŕàŵ à ƀöẋ. Éšç ļéàṽéš îţ. ····················]</translation>
        </message>
        <message>
            <source>Box %1 has zero size.</source>
            <translation>[Ɓöẋ %1 ĥàš žéŕö šîžé. ······]</translation>
        </message>
        <message>
            <source>Box %1 lies outside the image.</source>
            <translation>[Ɓöẋ %1 ļîéš öûţšîðé ţĥé îɱàĝé. ·········]</translation>
        </message>
        <message>
            <source>Box %1 has no label.</source>
            <translation>[Ɓöẋ %1 ĥàš ñö ļàƀéļ. ······]</translation>
        </message>
        <message>
            <source>Box %1 has a label that this task does not offer.</source>
            <translation>[Ɓöẋ %1 ĥàš à ļàƀéļ ţĥàţ ţĥîš ţàšķ ðöéš ñöţ öƒƒéŕ. ···············]</translation>
        </message>
        <message>
            <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
            <translation>[Ðŕàŵ àţ ļéàšţ öñé ƀöẋ, öŕ ţîçķ “Ñöţĥîñĝ ţö ļàƀéļ îñ ţĥîš îɱàĝé”. ···················]</translation>
        </message>
        <message>
            <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
            <translation>[“Ñöţĥîñĝ ţö ļàƀéļ îñ ţĥîš îɱàĝé” îš ţîçķéð, ƀûţ ţĥéŕé àŕé ƀöẋéš. ···················]</translation>
        </message>
        <message>
            <source>This result cannot be submitted.</source>
            <translation>[Ţĥîš ŕéšûļţ çàññöţ ƀé šûƀɱîţţéð. ··········]</translation>
        </message>
        <message>
            <source>Loading image…</source>
            <translation>[Ļöàðîñĝ îɱàĝé… ····]</translation>
        </message>
        <message>
            <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
            <translation>[Ţĥé îɱàĝé îš ñöţ ðöŵñļöàðéð ýéţ; îţ àþþéàŕš ĥéŕé àš šööñ àš îţ àŕŕîṽéš. ·····················]</translation>
        </message>
        <message>
            <source>This image is too large to open safely (the limit is %1 megapixels).</source>
            <translation>[Ţĥîš îɱàĝé îš ţöö ļàŕĝé ţö öþéñ šàƒéļý (ţĥé ļîɱîţ îš %1 ɱéĝàþîẋéļš). ····················]</translation>
        </message>
        <message>
            <source>This file is not in an image format the app can read.</source>
            <translation>[Ţĥîš ƒîļé îš ñöţ îñ àñ îɱàĝé ƒöŕɱàţ ţĥé àþþ çàñ ŕéàð. ················]</translation>
        </message>
        <message>
            <source>The image file is damaged or incomplete and cannot be shown.</source>
            <translation>[Ţĥé îɱàĝé ƒîļé îš ðàɱàĝéð öŕ îñçöɱþļéţé àñð çàññöţ ƀé šĥöŵñ. ··················]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>[%1: %2 ··]</translation>
        </message>
        <message numerus="yes">
            <source>Label: %1 · %n selected · zoom %2% · %3</source>
            <translation>
                <numerusform>[Ļàƀéļ: %1 · %n šéļéçţéð · žööɱ %2% · %3 ············]</numerusform>
                <numerusform>[Ļàƀéļ: %1 · %n šéļéçţéð · žööɱ %2% · %3 ············]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeBlocks</name>
        <message>
            <source>Copied</source>
            <translation>[Çöþîéð ··]</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>[Çöþý ·]</translation>
        </message>
        <message>
            <source>Copy this code block (%1). Tab moves to the next code block.</source>
            <translation>[Çöþý ţĥîš çöðé ƀļöçķ (%1). Ţàƀ ɱöṽéš ţö ţĥé ñéẋţ çöðé ƀļöçķ. ··················]</translation>
        </message>
        <message>
            <source>Copy the code block</source>
            <translation>[Çöþý ţĥé çöðé ƀļöçķ ······]</translation>
        </message>
        <message>
            <source>Copy code block</source>
            <translation>[Çöþý çöðé ƀļöçķ ····]</translation>
        </message>
    </context>
    <context>
        <name>ComparePane</name>
        <message>
            <source>Preference %1: %2</source>
            <translation>[Þŕéƒéŕéñçé %1: %2 ·····]</translation>
        </message>
        <message>
            <source>Give the selected response rank %1</source>
            <translation>[Ĝîṽé ţĥé šéļéçţéð ŕéšþöñšé ŕàñķ %1 ··········]</translation>
        </message>
        <message>
            <source>Go to the preference scale</source>
            <translation>[Ĝö ţö ţĥé þŕéƒéŕéñçé šçàļé ········]</translation>
        </message>
        <message>
            <source>Go to the rationale</source>
            <translation>[Ĝö ţö ţĥé ŕàţîöñàļé ······]</translation>
        </message>
        <message>
            <source>Scroll both responses together (on/off)</source>
            <translation>[Šçŕöļļ ƀöţĥ ŕéšþöñšéš ţöĝéţĥéŕ (öñ/öƒƒ) ············]</translation>
        </message>
        <message>
            <source>Highlight differences (on/off)</source>
            <translation>[Ĥîĝĥļîĝĥţ ðîƒƒéŕéñçéš (öñ/öƒƒ) ·········]</translation>
        </message>
        <message>
            <source>Preference:</source>
            <translation>[Þŕéƒéŕéñçé: ···]</translation>
        </message>
        <message>
            <source>Criteria:</source>
            <translation>[Çŕîţéŕîà: ···]</translation>
        </message>
        <message>
            <source>Ranking:</source>
            <translation>[Ŕàñķîñĝ: ··]</translation>
        </message>
        <message>
            <source>Per response:</source>
            <translation>[Þéŕ ŕéšþöñšé: ····]</translation>
        </message>
        <message>
            <source>Rationale: why is one better (or both bad)?</source>
            <translation>[Ŕàţîöñàļé: ŵĥý îš öñé ƀéţţéŕ (öŕ ƀöţĥ ƀàð)? ·············]</translation>
        </message>
        <message>
            <source>Preference between A and B, keys 1 to 7</source>
            <translation>[Þŕéƒéŕéñçé ƀéţŵééñ À àñð Ɓ, ķéýš 1 ţö 7 ············]</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>[Ŕàţîöñàļé ···]</translation>
        </message>
        <message>
            <source>Explain your judgment in your own words.</source>
            <translation>[Éẋþļàîñ ýöûŕ ĵûðĝɱéñţ îñ ýöûŕ öŵñ ŵöŕðš. ············]</translation>
        </message>
        <message>
            <source>No preference chosen yet (keys 1–7)</source>
            <translation>[Ñö þŕéƒéŕéñçé çĥöšéñ ýéţ (ķéýš 1–7) ··········]</translation>
        </message>
        <message>
            <source>%1 characters, at least %2</source>
            <translation>[%1 çĥàŕàçţéŕš, àţ ļéàšţ %2 ········]</translation>
        </message>
        <message>
            <source>No valid preference</source>
            <translation>[Ñö ṽàļîð þŕéƒéŕéñçé ······]</translation>
        </message>
        <message>
            <source>No valid ranking</source>
            <translation>[Ñö ṽàļîð ŕàñķîñĝ ·····]</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>[%1. %2 ··]</translation>
        </message>
        <message>
            <source>Every judgment of this task, side by side</source>
            <translation>[Éṽéŕý ĵûðĝɱéñţ öƒ ţĥîš ţàšķ, šîðé ƀý šîðé ············]</translation>
        </message>
        <message>
            <source>Every judgment of this task</source>
            <translation>[Éṽéŕý ĵûðĝɱéñţ öƒ ţĥîš ţàšķ ········]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>[%1: %2 ··]</translation>
        </message>
        <message>
            <source>Judgment by %1</source>
            <translation>[Ĵûðĝɱéñţ ƀý %1 ····]</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>[Þŕöɱþţ ··]</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>[Çöñṽéŕšàţîöñ ····]</translation>
        </message>
        <message>
            <source>The server refused the last submission: %1</source>
            <translation>[Ţĥé šéŕṽéŕ ŕéƒûšéð ţĥé ļàšţ šûƀɱîššîöñ: %1 ·············]</translation>
        </message>
        <message>
            <source>No comparison task is loaded.</source>
            <translation>[Ñö çöɱþàŕîšöñ ţàšķ îš ļöàðéð. ·········]</translation>
        </message>
        <message>
            <source>This submission</source>
            <translation>[Ţĥîš šûƀɱîššîöñ ····]</translation>
        </message>
        <message>
            <source>This comparison task is damaged and cannot be shown; please report it.</source>
            <translation>[Ţĥîš çöɱþàŕîšöñ ţàšķ îš ðàɱàĝéð àñð çàññöţ ƀé šĥöŵñ; þļéàšé ŕéþöŕţ îţ. ·····················]</translation>
        </message>
        <message>
            <source>Both responses of this task have the same id; please report the task.</source>
            <translation>[Ɓöţĥ ŕéšþöñšéš öƒ ţĥîš ţàšķ ĥàṽé ţĥé šàɱé îð; þļéàšé ŕéþöŕţ ţĥé ţàšķ. ·····················]</translation>
        </message>
        <message>
            <source>Choose which response is better, or Tie (keys 1–7).</source>
            <translation>[Çĥööšé ŵĥîçĥ ŕéšþöñšé îš ƀéţţéŕ, öŕ Ţîé (ķéýš 1–7). ···············]</translation>
        </message>
        <message>
            <source>Response %1: %2</source>
            <translation>[Ŕéšþöñšé %1: %2 ····]</translation>
        </message>
        <message>
            <source>The rationale is too short: %1 of at least %2 characters.</source>
            <translation>[Ţĥé ŕàţîöñàļé îš ţöö šĥöŕţ: %1 öƒ àţ ļéàšţ %2 çĥàŕàçţéŕš. ·················]</translation>
        </message>
        <message>
            <source>The result is not valid: %1</source>
            <translation>[Ţĥé ŕéšûļţ îš ñöţ ṽàļîð: %1 ········]</translation>
        </message>
        <message>
            <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
            <translation>[“%1” çàññöţ ƀé ŕàţéð: îţš ŕàñĝé îš îñṽàļîð. Þļéàšé ŕéþöŕţ ţĥîš ţàšķ. ····················]</translation>
        </message>
        <message>
            <source>Rate “%1” (from %2 to %3).</source>
            <translation>[Ŕàţé “%1” (ƒŕöɱ %2 ţö %3). ········]</translation>
        </message>
        <message>
            <source>“%1” must be rated from %2 to %3.</source>
            <translation>[“%1” ɱûšţ ƀé ŕàţéð ƒŕöɱ %2 ţö %3. ··········]</translation>
        </message>
        <message>
            <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
            <translation>[Ŕàñķ éṽéŕý ŕéšþöñšé (ķéýš 1–9 öŕ ðŕàĝ); ñöţ ŕàñķéð ýéţ: %1. ··················]</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>[ñöţ ŕàţéð ···]</translation>
        </message>
        <message>
            <source>%1 (%2–%3)</source>
            <translation>[%1 (%2–%3) ···]</translation>
        </message>
        <message>
            <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
            <translation>[Ŕàţé %1 ƒŕöɱ %2 ţö %3; ķéýš: ðîĝîţš, àŕŕöŵš, Ðéļéţé ···············]</translation>
        </message>
        <message>
            <source>Response %1</source>
            <translation>[Ŕéšþöñšé %1 ···]</translation>
        </message>
        <message>
            <source>%1 of response %2</source>
            <translation>[%1 öƒ ŕéšþöñšé %2 ·····]</translation>
        </message>
        <message>
            <source>Response A</source>
            <translation>[Ŕéšþöñšé À ···]</translation>
        </message>
        <message>
            <source>Response B</source>
            <translation>[Ŕéšþöñšé Ɓ ···]</translation>
        </message>
        <message>
            <source>Scroll both together</source>
            <translation>[Šçŕöļļ ƀöţĥ ţöĝéţĥéŕ ······]</translation>
        </message>
        <message>
            <source>Scroll both responses together</source>
            <translation>[Šçŕöļļ ƀöţĥ ŕéšþöñšéš ţöĝéţĥéŕ ·········]</translation>
        </message>
        <message>
            <source>Highlight differences</source>
            <translation>[Ĥîĝĥļîĝĥţ ðîƒƒéŕéñçéš ······]</translation>
        </message>
        <message>
            <source>Highlight where the responses differ</source>
            <translation>[Ĥîĝĥļîĝĥţ ŵĥéŕé ţĥé ŕéšþöñšéš ðîƒƒéŕ ···········]</translation>
        </message>
        <message>
            <source>A is much better</source>
            <translation>[À îš ɱûçĥ ƀéţţéŕ ·····]</translation>
        </message>
        <message>
            <source>A is better</source>
            <translation>[À îš ƀéţţéŕ ···]</translation>
        </message>
        <message>
            <source>A is slightly better</source>
            <translation>[À îš šļîĝĥţļý ƀéţţéŕ ······]</translation>
        </message>
        <message>
            <source>Tie: about the same</source>
            <translation>[Ţîé: àƀöûţ ţĥé šàɱé ······]</translation>
        </message>
        <message>
            <source>B is slightly better</source>
            <translation>[Ɓ îš šļîĝĥţļý ƀéţţéŕ ······]</translation>
        </message>
        <message>
            <source>B is better</source>
            <translation>[Ɓ îš ƀéţţéŕ ···]</translation>
        </message>
        <message>
            <source>B is much better</source>
            <translation>[Ɓ îš ɱûçĥ ƀéţţéŕ ·····]</translation>
        </message>
        <message>
            <source>A ≫</source>
            <comment>scale point 1: A much better</comment>
            <translation>[À ≫ ·]</translation>
        </message>
        <message>
            <source>A &gt;</source>
            <comment>scale point 2: A better</comment>
            <translation>[À &gt; ·]</translation>
        </message>
        <message>
            <source>A ≳</source>
            <comment>scale point 3: A slightly better</comment>
            <translation>[À ≳ ·]</translation>
        </message>
        <message>
            <source>Tie</source>
            <comment>scale point 4</comment>
            <translation>[Ţîé ·]</translation>
        </message>
        <message>
            <source>≲ B</source>
            <comment>scale point 5: B slightly better</comment>
            <translation>[≲ Ɓ ·]</translation>
        </message>
        <message>
            <source>&lt; B</source>
            <comment>scale point 6: B better</comment>
            <translation>[&lt; Ɓ ·]</translation>
        </message>
        <message>
            <source>≪ B</source>
            <comment>scale point 7: B much better</comment>
            <translation>[≪ Ɓ ·]</translation>
        </message>
        <message>
            <source>Both responses are bad</source>
            <translation>[Ɓöţĥ ŕéšþöñšéš àŕé ƀàð ·······]</translation>
        </message>
        <message>
            <source>Needs an expert</source>
            <translation>[Ñééðš àñ éẋþéŕţ ····]</translation>
        </message>
        <message>
            <source>Harmful content</source>
            <translation>[Ĥàŕɱƒûļ çöñţéñţ ····]</translation>
        </message>
        <message>
            <source>I cannot judge this</source>
            <translation>[Î çàññöţ ĵûðĝé ţĥîš ······]</translation>
        </message>
        <message>
            <source>Change judgment</source>
            <translation>[Çĥàñĝé ĵûðĝɱéñţ ····]</translation>
        </message>
        <message>
            <source>not ranked</source>
            <translation>[ñöţ ŕàñķéð ···]</translation>
        </message>
        <message>
            <source>rank %1 (tie)</source>
            <translation>[ŕàñķ %1 (ţîé) ····]</translation>
        </message>
        <message>
            <source>rank %1</source>
            <translation>[ŕàñķ %1 ··]</translation>
        </message>
        <message>
            <source>Ranking of the responses, best first</source>
            <translation>[Ŕàñķîñĝ öƒ ţĥé ŕéšþöñšéš, ƀéšţ ƒîŕšţ ···········]</translation>
        </message>
        <message>
            <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
            <translation>[Ķéýš 1–9 ĝîṽé ţĥé šéļéçţéð ŕéšþöñšé à ŕàñķ (éǫûàļ ŕàñķš àŕé ţîéš); ðŕàĝ à ŕéšþöñšé ţö ŕéöŕðéŕ; Ðéļéţé çļéàŕš îţš ŕàñķ. ···································]</translation>
        </message>
    </context>
    <context>
        <name>Conversation</name>
        <message>
            <source>System</source>
            <translation>[Šýšţéɱ ··]</translation>
        </message>
        <message>
            <source>User</source>
            <translation>[Ûšéŕ ·]</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>[Àššîšţàñţ ···]</translation>
        </message>
        <message>
            <source>%1 turn</source>
            <translation>[%1 ţûŕñ ··]</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>[Šĥöŵ ļéšš ···]</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>[Šĥöŵ àļļ ··]</translation>
        </message>
        <message>
            <source>Collapse this turn</source>
            <translation>[Çöļļàþšé ţĥîš ţûŕñ ·····]</translation>
        </message>
        <message>
            <source>Expand this turn</source>
            <translation>[Éẋþàñð ţĥîš ţûŕñ ·····]</translation>
        </message>
        <message>
            <source>Earlier turns of the conversation</source>
            <translation>[Éàŕļîéŕ ţûŕñš öƒ ţĥé çöñṽéŕšàţîöñ ··········]</translation>
        </message>
        <message>
            <source>The user's last message</source>
            <translation>[Ţĥé ûšéŕ'š ļàšţ ɱéššàĝé ·······]</translation>
        </message>
    </context>
    <context>
        <name>DiffView</name>
        <message>
            <source>Side by side</source>
            <translation>[Šîðé ƀý šîðé ····]</translation>
        </message>
        <message>
            <source>Show the changes side by side</source>
            <translation>[Šĥöŵ ţĥé çĥàñĝéš šîðé ƀý šîðé ·········]</translation>
        </message>
        <message>
            <source>Whole text</source>
            <translation>[Ŵĥöļé ţéẋţ ···]</translation>
        </message>
        <message>
            <source>Show unchanged text too</source>
            <translation>[Šĥöŵ ûñçĥàñĝéð ţéẋţ ţöö ·······]</translation>
        </message>
        <message>
            <source>Previous change</source>
            <translation>[Þŕéṽîöûš çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>Next change</source>
            <translation>[Ñéẋţ çĥàñĝé ···]</translation>
        </message>
        <message>
            <source>Revert change</source>
            <translation>[Ŕéṽéŕţ çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>Reset to draft</source>
            <translation>[Ŕéšéţ ţö ðŕàƒţ ····]</translation>
        </message>
        <message>
            <source>Changes against the draft</source>
            <translation>[Çĥàñĝéš àĝàîñšţ ţĥé ðŕàƒţ ········]</translation>
        </message>
        <message>
            <source>Draft with deletions</source>
            <translation>[Ðŕàƒţ ŵîţĥ ðéļéţîöñš ······]</translation>
        </message>
        <message>
            <source>Rewrite with insertions</source>
            <translation>[Ŕéŵŕîţé ŵîţĥ îñšéŕţîöñš ·······]</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>[Çöɱþàŕîñĝ… ···]</translation>
        </message>
        <message>
            <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
            <translation>[+%1 / −%2 ŵöŕðš · %3 çĥàñĝéš · éðîţ ðîšţàñçé %4 ··············]</translation>
        </message>
        <message>
            <source>formatting</source>
            <translation>[ƒöŕɱàţţîñĝ ···]</translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged word(s)</source>
            <translation>
                <numerusform>[%n ûñçĥàñĝéð ŵöŕð(š) ······]</numerusform>
                <numerusform>[%n ûñçĥàñĝéð ŵöŕð(š) ······]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditingMixin</name>
        <message>
            <source>Nudge box</source>
            <translation>[Ñûðĝé ƀöẋ ···]</translation>
        </message>
        <message>
            <source>Hide box</source>
            <translation>[Ĥîðé ƀöẋ ··]</translation>
        </message>
        <message>
            <source>Show box</source>
            <translation>[Šĥöŵ ƀöẋ ··]</translation>
        </message>
        <message>
            <source>Lock box</source>
            <translation>[Ļöçķ ƀöẋ ··]</translation>
        </message>
        <message>
            <source>Unlock box</source>
            <translation>[Ûñļöçķ ƀöẋ ···]</translation>
        </message>
        <message>
            <source>Change attribute</source>
            <translation>[Çĥàñĝé àţţŕîƀûţé ·····]</translation>
        </message>
        <message>
            <source>Paste box</source>
            <translation>[Þàšţé ƀöẋ ···]</translation>
        </message>
        <message>
            <source>Change label</source>
            <translation>[Çĥàñĝé ļàƀéļ ····]</translation>
        </message>
        <message>
            <source>Copy boxes of the previous task</source>
            <translation>[Çöþý ƀöẋéš öƒ ţĥé þŕéṽîöûš ţàšķ ·········]</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export project</source>
            <translation>[Éẋþöŕţ þŕöĵéçţ ····]</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>[&amp;Þŕöĵéçţ: ···]</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>[&amp;Ƒöŕɱàţ: ··]</translation>
        </message>
        <message>
            <source>&amp;Save to:</source>
            <translation>[&amp;Šàṽé ţö: ···]</translation>
        </message>
        <message>
            <source>Choose a project</source>
            <translation>[Çĥööšé à þŕöĵéçţ ·····]</translation>
        </message>
        <message>
            <source>Project to export</source>
            <translation>[Þŕöĵéçţ ţö éẋþöŕţ ·····]</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>[Éẋþöŕţ ƒöŕɱàţ ····]</translation>
        </message>
        <message>
            <source>Where to save the export</source>
            <translation>[Ŵĥéŕé ţö šàṽé ţĥé éẋþöŕţ ·······]</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>[&amp;Ɓŕöŵšé… ··]</translation>
        </message>
        <message>
            <source>Choose where to save the export</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šàṽé ţĥé éẋþöŕţ ·········]</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>[Éẋþöŕţ þŕöĝŕéšš ····]</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>[Éẋþöŕţ šţàţûš ····]</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>[&amp;Éẋþöŕţ ··]</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>[Éẋþöŕţ ··]</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>[&amp;Öþéñ ƒöļðéŕ ····]</translation>
        </message>
        <message>
            <source>Open the folder of the export</source>
            <translation>[Öþéñ ţĥé ƒöļðéŕ öƒ ţĥé éẋþöŕţ ·········]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ··]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ··]</translation>
        </message>
        <message>
            <source>COCO JSON (one file)</source>
            <translation>[ÇÖÇÖ ĴŠÖÑ (öñé ƒîļé) ······]</translation>
        </message>
        <message>
            <source>COCO JSON</source>
            <translation>[ÇÖÇÖ ĴŠÖÑ ···]</translation>
        </message>
        <message>
            <source>YOLO (a folder of label files)</source>
            <translation>[ÝÖĻÖ (à ƒöļðéŕ öƒ ļàƀéļ ƒîļéš) ·········]</translation>
        </message>
        <message>
            <source>YOLO</source>
            <translation>[ÝÖĻÖ ·]</translation>
        </message>
        <message>
            <source>Pascal VOC (a folder of XML files)</source>
            <translation>[Þàšçàļ ṼÖÇ (à ƒöļðéŕ öƒ ẊṀĻ ƒîļéš) ··········]</translation>
        </message>
        <message>
            <source>Pascal VOC</source>
            <translation>[Þàšçàļ ṼÖÇ ···]</translation>
        </message>
        <message>
            <source>JSON Lines: every submission (one file)</source>
            <translation>[ĴŠÖÑ Ļîñéš: éṽéŕý šûƀɱîššîöñ (öñé ƒîļé) ············]</translation>
        </message>
        <message>
            <source>JSON Lines</source>
            <translation>[ĴŠÖÑ Ļîñéš ···]</translation>
        </message>
        <message>
            <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
            <translation>[Þŕéƒéŕéñçé þàîŕš ƒöŕ ţŕàîñîñĝ: þŕöɱþţ, çĥöšéñ, ŕéĵéçţéð (öñé ƒîļé) ····················]</translation>
        </message>
        <message>
            <source>preference pairs</source>
            <translation>[þŕéƒéŕéñçé þàîŕš ·····]</translation>
        </message>
        <message>
            <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
            <translation>[Ŕéŵŕîţéš ƒöŕ ƒîñé-ţûñîñĝ: çöñṽéŕšàţîöñ àñð ŕéþļý (öñé ƒîļé) ··················]</translation>
        </message>
        <message>
            <source>fine-tuning data</source>
            <translation>[ƒîñé-ţûñîñĝ ðàţà ·····]</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>[Éẋþöŕţîñĝ… ···]</translation>
        </message>
        <message>
            <source>Choose a project and a format to export.</source>
            <translation>[Çĥööšé à þŕöĵéçţ àñð à ƒöŕɱàţ ţö éẋþöŕţ. ············]</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>[Çĥööšé ŵĥéŕé ţö šàṽé ţĥé éẋþöŕţ. ··········]</translation>
        </message>
        <message>
            <source>%1 is a file; this format needs a folder.</source>
            <translation>[%1 îš à ƒîļé; ţĥîš ƒöŕɱàţ ñééðš à ƒöļðéŕ. ············]</translation>
        </message>
        <message>
            <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
            <translation>[Ţĥé ƒöļðéŕ %1 îš ñöţ éɱþţý. Éẋþöŕţ îñţö îţ? Ƒîļéš ŵîţĥ ţĥé šàɱé ñàɱéš àŕé ŕéþļàçéð. ·························]</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>[%1 àļŕéàðý éẋîšţš. Ŕéþļàçé îţ? ·········]</translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 as %2: %n file(s) in %3.</source>
            <translation>
                <numerusform>[Éẋþöŕţéð %1 àš %2: %n ƒîļé(š) îñ %3. ···········]</numerusform>
                <numerusform>[Éẋþöŕţéð %1 àš %2: %n ƒîļé(š) îñ %3. ···········]</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported %1 as %2 to %3.</source>
            <translation>[Éẋþöŕţéð %1 àš %2 ţö %3. ·······]</translation>
        </message>
        <message>
            <source>Export cancelled. Nothing was written.</source>
            <translation>[Éẋþöŕţ çàñçéļļéð. Ñöţĥîñĝ ŵàš ŵŕîţţéñ. ···········]</translation>
        </message>
        <message>
            <source>This project cannot be exported in this format: %1</source>
            <translation>[Ţĥîš þŕöĵéçţ çàññöţ ƀé éẋþöŕţéð îñ ţĥîš ƒöŕɱàţ: %1 ···············]</translation>
        </message>
        <message>
            <source>You may not write to %1; choose another place.</source>
            <translation>[Ýöû ɱàý ñöţ ŵŕîţé ţö %1; çĥööšé àñöţĥéŕ þļàçé. ··············]</translation>
        </message>
        <message>
            <source>The export could not be written: %1</source>
            <translation>[Ţĥé éẋþöŕţ çöûļð ñöţ ƀé ŵŕîţţéñ: %1 ··········]</translation>
        </message>
        <message>
            <source>The export failed unexpectedly; the log has the details.</source>
            <translation>[Ţĥé éẋþöŕţ ƒàîļéð ûñéẋþéçţéðļý; ţĥé ļöĝ ĥàš ţĥé ðéţàîļš. ·················]</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>[Çàñçéļļîñĝ… ···]</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>[Éẋþöŕţ ţö ···]</translation>
        </message>
        <message>
            <source>COCO JSON (*.json)</source>
            <translation>[ÇÖÇÖ ĴŠÖÑ (*.ĵšöñ) ·····]</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>[ĴŠÖÑ Ļîñéš (*.ĵšöñļ) ······]</translation>
        </message>
    </context>
    <context>
        <name>ExportLauncher</name>
        <message>
            <source>The cache is not open yet; try again in a moment.</source>
            <translation>[Ţĥé çàçĥé îš ñöţ öþéñ ýéţ; ţŕý àĝàîñ îñ à ɱöɱéñţ. ···············]</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <source>Find</source>
            <translation>[Ƒîñð ·]</translation>
        </message>
        <message>
            <source>Find text</source>
            <translation>[Ƒîñð ţéẋţ ···]</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>[Ŕéþļàçé ŵîţĥ ····]</translation>
        </message>
        <message>
            <source>Replacement text</source>
            <translation>[Ŕéþļàçéɱéñţ ţéẋţ ·····]</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>[Ṁàţçĥ çàšé ···]</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>[Ñéẋţ ·]</translation>
        </message>
        <message>
            <source>Find next</source>
            <translation>[Ƒîñð ñéẋţ ···]</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>[Ŕéþļàçé ··]</translation>
        </message>
        <message>
            <source>Replace this match</source>
            <translation>[Ŕéþļàçé ţĥîš ɱàţçĥ ·····]</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>[Ŕéþļàçé àļļ ···]</translation>
        </message>
        <message>
            <source>Replace all matches</source>
            <translation>[Ŕéþļàçé àļļ ɱàţçĥéš ······]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ··]</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>[Çļöšé ƒîñð ƀàŕ ····]</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>[Ñöţ ƒöûñð ···]</translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>[%n ŕéþļàçéð ···]</numerusform>
                <numerusform>[%n ŕéþļàçéð ···]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GestureMixin</name>
        <message>
            <source>Move box</source>
            <translation>[Ṁöṽé ƀöẋ ··]</translation>
        </message>
        <message>
            <source>Resize box</source>
            <translation>[Ŕéšîžé ƀöẋ ···]</translation>
        </message>
    </context>
    <context>
        <name>GuidelinesPanel</name>
        <message>
            <source>Guidelines</source>
            <translation>[Ĝûîðéļîñéš ···]</translation>
        </message>
        <message>
            <source>&amp;Guidelines</source>
            <translation>[&amp;Ĝûîðéļîñéš ···]</translation>
        </message>
        <message>
            <source>Show or hide the project's guidelines</source>
            <translation>[Šĥöŵ öŕ ĥîðé ţĥé þŕöĵéçţ'š ĝûîðéļîñéš ···········]</translation>
        </message>
        <message>
            <source>Find in the guidelines</source>
            <translation>[Ƒîñð îñ ţĥé ĝûîðéļîñéš ·······]</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>[%n ɱàţçĥ(éš) ····]</numerusform>
                <numerusform>[%n ɱàţçĥ(éš) ····]</numerusform>
            </translation>
        </message>
        <message>
            <source>No match</source>
            <translation>[Ñö ɱàţçĥ ··]</translation>
        </message>
    </context>
    <context>
        <name>JudgmentForm</name>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>[%n çĥàŕàçţéŕ(š) ····]</numerusform>
                <numerusform>[%n çĥàŕàçţéŕ(š) ····]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabelPanel</name>
        <message>
            <source>Search labels</source>
            <translation>[Šéàŕçĥ ļàƀéļš ····]</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>[Ļàƀéļš ··]</translation>
        </message>
        <message>
            <source>%1  %2 (%3)</source>
            <translation>[%1  %2 (%3) ···]</translation>
        </message>
    </context>
    <context>
        <name>LabelStudioBanner</name>
        <message>
            <source>This is a Label Studio server: it does not reserve tasks. Someone else may annotate a task you took offline in the meantime; your work is kept and shown as late then.</source>
            <translation>[Ţĥîš îš à Ļàƀéļ Šţûðîö šéŕṽéŕ: îţ ðöéš ñöţ ŕéšéŕṽé ţàšķš. Šöɱéöñé éļšé ɱàý àññöţàţé à ţàšķ ýöû ţööķ öƒƒļîñé îñ ţĥé ɱéàñţîɱé; ýöûŕ ŵöŕķ îš ķéþţ àñð šĥöŵñ àš ļàţé ţĥéñ. ··················································]</translation>
        </message>
        <message>
            <source>Label Studio notice</source>
            <translation>[Ļàƀéļ Šţûðîö ñöţîçé ······]</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>[Ðîšɱîšš ··]</translation>
        </message>
        <message>
            <source>Hide this notice until the app restarts</source>
            <translation>[Ĥîðé ţĥîš ñöţîçé ûñţîļ ţĥé àþþ ŕéšţàŕţš ············]</translation>
        </message>
        <message>
            <source>Dismiss the Label Studio notice</source>
            <translation>[Ðîšɱîšš ţĥé Ļàƀéļ Šţûðîö ñöţîçé ·········]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Syncing %1 of %2</source>
            <translation>[Šýñçîñĝ %1 öƒ %2 ·····]</translation>
        </message>
        <message>
            <source>Sync is not available in this version.</source>
            <translation>[Šýñç îš ñöţ àṽàîļàƀļé îñ ţĥîš ṽéŕšîöñ. ···········]</translation>
        </message>
        <message>
            <source>&amp;Review submissions (not on Label Studio servers)</source>
            <translation>[&amp;Ŕéṽîéŵ šûƀɱîššîöñš (ñöţ öñ Ļàƀéļ Šţûðîö šéŕṽéŕš) ···············]</translation>
        </message>
        <message>
            <source>QA review is not available on Label Studio servers.</source>
            <translation>[ǪÀ ŕéṽîéŵ îš ñöţ àṽàîļàƀļé öñ Ļàƀéļ Šţûðîö šéŕṽéŕš. ···············]</translation>
        </message>
        <message>
            <source>annotator-desktop</source>
            <translation>[àññöţàţöŕ-ðéšķţöþ ·····]</translation>
        </message>
        <message>
            <source>Tasks and editor</source>
            <translation>[Ţàšķš àñð éðîţöŕ ·····]</translation>
        </message>
        <message>
            <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
            <translation>[Öñļý ǪÀ ļéàðš çàñ ŕéṽîéŵ šûƀɱîššîöñš. Šîĝñ îñ ŵîţĥ à ǪÀ ļéàð àççöûñţ. ·····················]</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Ƒîļé ··]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Éðîţ ··]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Ṽîéŵ ··]</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>[&amp;Ţàšķ ··]</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>[&amp;Šýñç ··]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Ĥéļþ ··]</translation>
        </message>
        <message>
            <source>&amp;Editor tools</source>
            <translation>[&amp;Éðîţöŕ ţööļš ····]</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>[Ṁàîñ ţööļƀàŕ ····]</translation>
        </message>
    </context>
    <context>
        <name>ObjectList</name>
        <message>
            <source>Object</source>
            <translation>[Öƀĵéçţ ··]</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>[Ĥîðé ·]</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>[Ļöçķ ·]</translation>
        </message>
        <message>
            <source>Boxes</source>
            <translation>[Ɓöẋéš ··]</translation>
        </message>
        <message>
            <source>Attributes of the selected box</source>
            <translation>[Àţţŕîƀûţéš öƒ ţĥé šéļéçţéð ƀöẋ ·········]</translation>
        </message>
        <message>
            <source>Hide every box of this label</source>
            <translation>[Ĥîðé éṽéŕý ƀöẋ öƒ ţĥîš ļàƀéļ ········]</translation>
        </message>
        <message>
            <source>Box %1</source>
            <translation>[Ɓöẋ %1 ··]</translation>
        </message>
    </context>
    <context>
        <name>OpenFolderFlow</name>
        <message>
            <source>The cache is not open yet; try again in a moment.</source>
            <translation>[Ţĥé çàçĥé îš ñöţ öþéñ ýéţ; ţŕý àĝàîñ îñ à ɱöɱéñţ. ···············]</translation>
        </message>
        <message>
            <source>Open a folder of images</source>
            <translation>[Öþéñ à ƒöļðéŕ öƒ îɱàĝéš ·······]</translation>
        </message>
        <message>
            <source>No images were found in %1.</source>
            <translation>[Ñö îɱàĝéš ŵéŕé ƒöûñð îñ %1. ········]</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>[Ļàƀéļš ··]</translation>
        </message>
        <message>
            <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
            <translation>[Ţĥéŕé îš ñö çļàššéš.ţẋţ îñ %1.
Ţýþé ţĥé ļàƀéļš, öñé þéŕ ļîñé: ··················]</translation>
        </message>
        <message>
            <source>The folder could not be opened: %1</source>
            <translation>[Ţĥé ƒöļðéŕ çöûļð ñöţ ƀé öþéñéð: %1 ··········]</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>[Öþéñ ƒöļðéŕ ···]</translation>
        </message>
    </context>
    <context>
        <name>OthersPanel</name>
        <message>
            <source>Other annotators' rewrites</source>
            <translation>[Öţĥéŕ àññöţàţöŕš' ŕéŵŕîţéš ········]</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>[Ñöţéš: %1 ···]</translation>
        </message>
    </context>
    <context>
        <name>PaneHost</name>
        <message>
            <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
            <translation>[Ñö ţàšķš ýéţ. Šîĝñ îñ ţö à ţàšķ šéŕṽéŕ (Šýñç ▸ Šîĝñ îñ…) öŕ öþéñ à ƒöļðéŕ öƒ îɱàĝéš (Ƒîļé ▸ Öþéñ ƒöļðéŕ…). ································]</translation>
        </message>
        <message>
            <source>Choose a task from the list to start.</source>
            <translation>[Çĥööšé à ţàšķ ƒŕöɱ ţĥé ļîšţ ţö šţàŕţ. ···········]</translation>
        </message>
        <message>
            <source>Task editor</source>
            <translation>[Ţàšķ éðîţöŕ ···]</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPane</name>
        <message>
            <source>This kind of task has no editor yet; it is shown read-only.</source>
            <translation>[Ţĥîš ķîñð öƒ ţàšķ ĥàš ñö éðîţöŕ ýéţ; îţ îš šĥöŵñ ŕéàð-öñļý. ··················]</translation>
        </message>
        <message>
            <source>Raw task data</source>
            <translation>[Ŕàŵ ţàšķ ðàţà ····]</translation>
        </message>
        <message>
            <source>Tasks of this kind cannot be submitted from this version of the app.</source>
            <translation>[Ţàšķš öƒ ţĥîš ķîñð çàññöţ ƀé šûƀɱîţţéð ƒŕöɱ ţĥîš ṽéŕšîöñ öƒ ţĥé àþþ. ····················]</translation>
        </message>
    </context>
    <context>
        <name>ResponseColumn</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>[%n ŵöŕð(š) ···]</numerusform>
                <numerusform>[%n ŵöŕð(š) ···]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewSession</name>
        <message>
            <source>Sign in to check out a review sample.</source>
            <translation>[Šîĝñ îñ ţö çĥéçķ öûţ à ŕéṽîéŵ šàɱþļé. ···········]</translation>
        </message>
        <message>
            <source>Only QA leads can review submissions on this server.</source>
            <translation>[Öñļý ǪÀ ļéàðš çàñ ŕéṽîéŵ šûƀɱîššîöñš öñ ţĥîš šéŕṽéŕ. ················]</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Accepted</source>
            <translation>[Àççéþţéð ··]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Ŕéĵéçţéð ··]</translation>
        </message>
        <message>
            <source>Needs changes</source>
            <translation>[Ñééðš çĥàñĝéš ····]</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>[Ñöţ ŕéṽîéŵéð ····]</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>[ŵàîţîñĝ ţö ƀé šéñţ ·····]</translation>
        </message>
        <message>
            <source>refused by the server</source>
            <translation>[ŕéƒûšéð ƀý ţĥé šéŕṽéŕ ······]</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>[šéñţ ·]</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>[%1 ĥ %2 ɱîñ ···]</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>[%1 ɱîñ %2 š ···]</translation>
        </message>
        <message>
            <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
            <translation>[Ţàšķ: %1 (%2) · Àññöţàţöŕ: %3 · Àçţîṽé ţîɱé: %4 · Šûƀɱîţţéð: %5 ···················]</translation>
        </message>
        <message>
            <source>Also done by: %1 (shown beside it)</source>
            <translation>[Àļšö ðöñé ƀý: %1 (šĥöŵñ ƀéšîðé îţ) ··········]</translation>
        </message>
        <message>
            <source>Verdict: %1 (%2)</source>
            <translation>[Ṽéŕðîçţ: %1 (%2) ·····]</translation>
        </message>
        <message>
            <source>Verdict: %1</source>
            <translation>[Ṽéŕðîçţ: %1 ···]</translation>
        </message>
        <message>
            <source>QA review</source>
            <translation>[ǪÀ ŕéṽîéŵ ···]</translation>
        </message>
        <message>
            <source>Next submission</source>
            <translation>[Ñéẋţ šûƀɱîššîöñ ····]</translation>
        </message>
        <message>
            <source>Previous submission</source>
            <translation>[Þŕéṽîöûš šûƀɱîššîöñ ······]</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>[Àççéþţ ··]</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>[Ŕéĵéçţ ··]</translation>
        </message>
        <message>
            <source>Write a comment</source>
            <translation>[Ŵŕîţé à çöɱɱéñţ ····]</translation>
        </message>
        <message>
            <source>Show or hide the sample list</source>
            <translation>[Šĥöŵ öŕ ĥîðé ţĥé šàɱþļé ļîšţ ········]</translation>
        </message>
        <message>
            <source>New sample…</source>
            <translation>[Ñéŵ šàɱþļé… ···]</translation>
        </message>
        <message>
            <source>Close review</source>
            <translation>[Çļöšé ŕéṽîéŵ ····]</translation>
        </message>
        <message>
            <source>Submissions in the sample</source>
            <translation>[Šûƀɱîššîöñš îñ ţĥé šàɱþļé ········]</translation>
        </message>
        <message>
            <source>Submission details</source>
            <translation>[Šûƀɱîššîöñ ðéţàîļš ·····]</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>[Šàɱþļé ··]</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>[Ŕéṽîéŵ šţàţûš ····]</translation>
        </message>
        <message>
            <source>Sample list and submission</source>
            <translation>[Šàɱþļé ļîšţ àñð šûƀɱîššîöñ ········]</translation>
        </message>
        <message>
            <source>Loading the cached sample…</source>
            <translation>[Ļöàðîñĝ ţĥé çàçĥéð šàɱþļé… ········]</translation>
        </message>
        <message>
            <source>Checking out the sample and its images…</source>
            <translation>[Çĥéçķîñĝ öûţ ţĥé šàɱþļé àñð îţš îɱàĝéš… ············]</translation>
        </message>
        <message>
            <source>No submissions in this sample.</source>
            <translation>[Ñö šûƀɱîššîöñš îñ ţĥîš šàɱþļé. ·········]</translation>
        </message>
        <message numerus="yes">
            <source>%n submission(s) ready; J and K step through them.</source>
            <translation>
                <numerusform>[%n šûƀɱîššîöñ(š) ŕéàðý; Ĵ àñð Ķ šţéþ ţĥŕöûĝĥ ţĥéɱ. ···············]</numerusform>
                <numerusform>[%n šûƀɱîššîöñ(š) ŕéàðý; Ĵ àñð Ķ šţéþ ţĥŕöûĝĥ ţĥéɱ. ···············]</numerusform>
            </translation>
        </message>
        <message>
            <source>Some images could not be downloaded.</source>
            <translation>[Šöɱé îɱàĝéš çöûļð ñöţ ƀé ðöŵñļöàðéð. ···········]</translation>
        </message>
        <message>
            <source>No sample checked out yet (Ctrl+N for a new one).</source>
            <translation>[Ñö šàɱþļé çĥéçķéð öûţ ýéţ (Çţŕļ+Ñ ƒöŕ à ñéŵ öñé). ···············]</translation>
        </message>
        <message>
            <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
            <translation>[Þŕöĵéçţ %1 · šééð %2 · %3 öƒ %4 · %5 ŕéṽîéŵéð ··············]</translation>
        </message>
        <message>
            <source>Choose a verdict: A accept, C needs changes, R reject.</source>
            <translation>[Çĥööšé à ṽéŕðîçţ: À àççéþţ, Ç ñééðš çĥàñĝéš, Ŕ ŕéĵéçţ. ················]</translation>
        </message>
        <message>
            <source>Verdict saved; it is sent with the next sync (also offline).</source>
            <translation>[Ṽéŕðîçţ šàṽéð; îţ îš šéñţ ŵîţĥ ţĥé ñéẋţ šýñç (àļšö öƒƒļîñé). ··················]</translation>
        </message>
    </context>
    <context>
        <name>RevisionBar</name>
        <message>
            <source>Edit again</source>
            <translation>[Éðîţ àĝàîñ ···]</translation>
        </message>
        <message>
            <source>Start a revision of this task; submitting it sends a new version.</source>
            <translation>[Šţàŕţ à ŕéṽîšîöñ öƒ ţĥîš ţàšķ; šûƀɱîţţîñĝ îţ šéñðš à ñéŵ ṽéŕšîöñ. ····················]</translation>
        </message>
        <message>
            <source>Submission state</source>
            <translation>[Šûƀɱîššîöñ šţàţé ·····]</translation>
        </message>
        <message>
            <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
            <translation>[Šûƀɱîţţéð (ṽéŕšîöñ %1). Ŕéàð-öñļý: çĥööšé Éðîţ àĝàîñ ţö ŕéṽîšé îţ. ····················]</translation>
        </message>
        <message>
            <source>You skipped this task (%1). It is read-only.</source>
            <translation>[Ýöû šķîþþéð ţĥîš ţàšķ (%1). Îţ îš ŕéàð-öñļý. ·············]</translation>
        </message>
        <message>
            <source>You skipped this task. It is read-only.</source>
            <translation>[Ýöû šķîþþéð ţĥîš ţàšķ. Îţ îš ŕéàð-öñļý. ············]</translation>
        </message>
        <message>
            <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
            <translation>[Ŕéṽîšîöñ: šûƀɱîţţîñĝ šéñðš ṽéŕšîöñ %1; ţĥé éàŕļîéŕ öñéš àŕé ķéþţ. ····················]</translation>
        </message>
    </context>
    <context>
        <name>RewriteActions</name>
        <message>
            <source>Bold</source>
            <translation>[Ɓöļð ·]</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>[Îţàļîç ··]</translation>
        </message>
        <message>
            <source>Inline code</source>
            <translation>[Îñļîñé çöðé ···]</translation>
        </message>
        <message>
            <source>Code block</source>
            <translation>[Çöðé ƀļöçķ ···]</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>[Ĥéàðîñĝ 1 ···]</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>[Ĥéàðîñĝ 2 ···]</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>[Ĥéàðîñĝ 3 ···]</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>[Ñöŕɱàļ ţéẋţ ···]</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>[Ɓûļļéţéð ļîšţ ····]</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>[Ñûɱƀéŕéð ļîšţ ····]</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>[Ǫûöţé ··]</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>[Ļîñķ… ··]</translation>
        </message>
        <message>
            <source>Paste as plain text</source>
            <translation>[Þàšţé àš þļàîñ ţéẋţ ······]</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>[Ƒîñð… ··]</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>[Ŕéþļàçé… ··]</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>[Ûñðö ·]</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>[Ŕéðö ·]</translation>
        </message>
        <message>
            <source>Next change</source>
            <translation>[Ñéẋţ çĥàñĝé ···]</translation>
        </message>
        <message>
            <source>Previous change</source>
            <translation>[Þŕéṽîöûš çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>Revert change</source>
            <translation>[Ŕéṽéŕţ çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>Reset to draft</source>
            <translation>[Ŕéšéţ ţö ðŕàƒţ ····]</translation>
        </message>
        <message>
            <source>Check spelling</source>
            <translation>[Çĥéçķ šþéļļîñĝ ····]</translation>
        </message>
    </context>
    <context>
        <name>RewritePane</name>
        <message>
            <source>Prompt</source>
            <translation>[Þŕöɱþţ ··]</translation>
        </message>
        <message>
            <source>Model draft</source>
            <translation>[Ṁöðéļ ðŕàƒţ ···]</translation>
        </message>
        <message>
            <source>Your rewrite</source>
            <translation>[Ýöûŕ ŕéŵŕîţé ····]</translation>
        </message>
        <message>
            <source>Formatting</source>
            <translation>[Ƒöŕɱàţţîñĝ ···]</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>[&amp;Ñöţéš ··]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>[Ñöţéš ··]</translation>
        </message>
        <message>
            <source>Notes for the reviewer (optional)</source>
            <translation>[Ñöţéš ƒöŕ ţĥé ŕéṽîéŵéŕ (öþţîöñàļ) ··········]</translation>
        </message>
        <message>
            <source>The rewrite is still identical to the draft.</source>
            <translation>[Ţĥé ŕéŵŕîţé îš šţîļļ îðéñţîçàļ ţö ţĥé ðŕàƒţ. ·············]</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>[Çĥàñĝéš ··]</translation>
        </message>
        <message>
            <source>Changes and other rewrites</source>
            <translation>[Çĥàñĝéš àñð öţĥéŕ ŕéŵŕîţéš ········]</translation>
        </message>
        <message>
            <source>Other annotators</source>
            <translation>[Öţĥéŕ àññöţàţöŕš ·····]</translation>
        </message>
        <message>
            <source>This task's data is not valid; it cannot be edited.</source>
            <translation>[Ţĥîš ţàšķ'š ðàţà îš ñöţ ṽàļîð; îţ çàññöţ ƀé éðîţéð. ···············]</translation>
        </message>
        <message>
            <source>The rewrite is empty.</source>
            <translation>[Ţĥé ŕéŵŕîţé îš éɱþţý. ······]</translation>
        </message>
        <message>
            <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
            <translation>[Ţĥé ŕéŵŕîţé îš îðéñţîçàļ ţö ţĥé ðŕàƒţ: éðîţ îţ, öŕ šàý îñ ţĥé ñöţéš ŵĥý ţĥé ðŕàƒţ ñééðš ñö çĥàñĝé. ·····························]</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>[Ļîñķ ·]</translation>
        </message>
        <message>
            <source>Address (http or https):</source>
            <translation>[Àððŕéšš (ĥţţþ öŕ ĥţţþš): ·······]</translation>
        </message>
        <message>
            <source>Only http and https addresses can be linked.</source>
            <translation>[Öñļý ĥţţþ àñð ĥţţþš àððŕéššéš çàñ ƀé ļîñķéð. ·············]</translation>
        </message>
        <message>
            <source>%1 words · %2 characters</source>
            <translation>[%1 ŵöŕðš · %2 çĥàŕàçţéŕš ·······]</translation>
        </message>
    </context>
    <context>
        <name>SafeTextBrowser</name>
        <message>
            <source>Open link?</source>
            <translation>[Öþéñ ļîñķ? ···]</translation>
        </message>
        <message>
            <source>Open this address in your web browser?

%1</source>
            <translation>[Öþéñ ţĥîš àððŕéšš îñ ýöûŕ ŵéƀ ƀŕöŵšéŕ?

%1 ·············]</translation>
        </message>
    </context>
    <context>
        <name>SampleDialog</name>
        <message>
            <source>New review sample</source>
            <translation>[Ñéŵ ŕéṽîéŵ šàɱþļé ·····]</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>[&amp;Þŕöĵéçţ: ···]</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>[Þŕöĵéçţ ··]</translation>
        </message>
        <message>
            <source>Sample size:</source>
            <translation>[Šàɱþļé šîžé: ····]</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>[&amp;Ŕàţé ··]</translation>
        </message>
        <message>
            <source>Sample a share of the submissions</source>
            <translation>[Šàɱþļé à šĥàŕé öƒ ţĥé šûƀɱîššîöñš ··········]</translation>
        </message>
        <message>
            <source> %</source>
            <translation>[ % ·]</translation>
        </message>
        <message>
            <source>Share of the submissions, in percent</source>
            <translation>[Šĥàŕé öƒ ţĥé šûƀɱîššîöñš, îñ þéŕçéñţ ···········]</translation>
        </message>
        <message>
            <source>C&amp;ount</source>
            <translation>[Ç&amp;öûñţ ··]</translation>
        </message>
        <message>
            <source>Sample a number of submissions</source>
            <translation>[Šàɱþļé à ñûɱƀéŕ öƒ šûƀɱîššîöñš ·········]</translation>
        </message>
        <message>
            <source>Number of submissions</source>
            <translation>[Ñûɱƀéŕ öƒ šûƀɱîššîöñš ······]</translation>
        </message>
        <message>
            <source>&amp;Annotator:</source>
            <translation>[&amp;Àññöţàţöŕ: ···]</translation>
        </message>
        <message>
            <source>Only this annotator's submissions</source>
            <translation>[Öñļý ţĥîš àññöţàţöŕ'š šûƀɱîššîöñš ··········]</translation>
        </message>
        <message>
            <source>Any annotator</source>
            <translation>[Àñý àññöţàţöŕ ····]</translation>
        </message>
        <message>
            <source>&amp;Seed:</source>
            <translation>[&amp;Šééð: ··]</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>[Šééð ·]</translation>
        </message>
        <message>
            <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
            <translation>[Ţĥé šàɱé þŕöĵéçţ, šîžé, àññöţàţöŕ àñð šééð ĝîṽé ţĥé šàɱé šàɱþļé. Ţĥé šàɱþļé àñð îţš îɱàĝéš àŕé ķéþţ öñ ţĥîš çöɱþûţéŕ ƒöŕ ŕéṽîéŵ öƒƒļîñé. ·········································]</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>[Çĥéçķ öûţ ···]</translation>
        </message>
        <message>
            <source>Check out the sample</source>
            <translation>[Çĥéçķ öûţ ţĥé šàɱþļé ······]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ··]</translation>
        </message>
        <message>
            <source>No projects yet: sync once while online, then try again.</source>
            <translation>[Ñö þŕöĵéçţš ýéţ: šýñç öñçé ŵĥîļé öñļîñé, ţĥéñ ţŕý àĝàîñ. ·················]</translation>
        </message>
    </context>
    <context>
        <name>ServerMessages</name>
        <message>
            <source>The server could not read the request.</source>
            <translation>[Ţĥé šéŕṽéŕ çöûļð ñöţ ŕéàð ţĥé ŕéǫûéšţ. ···········]</translation>
        </message>
        <message>
            <source>The server refused the submission: some values are not valid.</source>
            <translation>[Ţĥé šéŕṽéŕ ŕéƒûšéð ţĥé šûƀɱîššîöñ: šöɱé ṽàļûéš àŕé ñöţ ṽàļîð. ··················]</translation>
        </message>
        <message>
            <source>Please sign in again.</source>
            <translation>[Þļéàšé šîĝñ îñ àĝàîñ. ······]</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Please sign in again.</source>
            <translation>[Ýöûŕ šîĝñ-îñ ĥàš éẋþîŕéð. Þļéàšé šîĝñ îñ àĝàîñ. ··············]</translation>
        </message>
        <message>
            <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
            <translation>[Ýöûŕ šîĝñ-îñ ŵàš ûšéð éļšéŵĥéŕé àñð ĥàš éñðéð. Þļéàšé šîĝñ îñ àĝàîñ. ····················]</translation>
        </message>
        <message>
            <source>The user name or password is wrong.</source>
            <translation>[Ţĥé ûšéŕ ñàɱé öŕ þàššŵöŕð îš ŵŕöñĝ. ··········]</translation>
        </message>
        <message>
            <source>You are not allowed to do that on this server.</source>
            <translation>[Ýöû àŕé ñöţ àļļöŵéð ţö ðö ţĥàţ öñ ţĥîš šéŕṽéŕ. ··············]</translation>
        </message>
        <message>
            <source>The server does not have what was asked for.</source>
            <translation>[Ţĥé šéŕṽéŕ ðöéš ñöţ ĥàṽé ŵĥàţ ŵàš àšķéð ƒöŕ. ·············]</translation>
        </message>
        <message>
            <source>The server already has a different submission under this key.</source>
            <translation>[Ţĥé šéŕṽéŕ àļŕéàðý ĥàš à ðîƒƒéŕéñţ šûƀɱîššîöñ ûñðéŕ ţĥîš ķéý. ··················]</translation>
        </message>
        <message>
            <source>Your time on this task ran out and it went to someone else.</source>
            <translation>[Ýöûŕ ţîɱé öñ ţĥîš ţàšķ ŕàñ öûţ àñð îţ ŵéñţ ţö šöɱéöñé éļšé. ··················]</translation>
        </message>
        <message>
            <source>The server already has a newer version of this.</source>
            <translation>[Ţĥé šéŕṽéŕ àļŕéàðý ĥàš à ñéŵéŕ ṽéŕšîöñ öƒ ţĥîš. ··············]</translation>
        </message>
        <message>
            <source>The server's change list was reset; syncing again.</source>
            <translation>[Ţĥé šéŕṽéŕ'š çĥàñĝé ļîšţ ŵàš ŕéšéţ; šýñçîñĝ àĝàîñ. ···············]</translation>
        </message>
        <message>
            <source>This is too large for the server to accept.</source>
            <translation>[Ţĥîš îš ţöö ļàŕĝé ƒöŕ ţĥé šéŕṽéŕ ţö àççéþţ. ·············]</translation>
        </message>
        <message>
            <source>Too many attempts. Wait a minute and try again.</source>
            <translation>[Ţöö ɱàñý àţţéɱþţš. Ŵàîţ à ɱîñûţé àñð ţŕý àĝàîñ. ··············]</translation>
        </message>
        <message>
            <source>The server is busy. It will be tried again shortly.</source>
            <translation>[Ţĥé šéŕṽéŕ îš ƀûšý. Îţ ŵîļļ ƀé ţŕîéð àĝàîñ šĥöŕţļý. ···············]</translation>
        </message>
        <message>
            <source>A download could not be resumed; it starts again.</source>
            <translation>[À ðöŵñļöàð çöûļð ñöţ ƀé ŕéšûɱéð; îţ šţàŕţš àĝàîñ. ···············]</translation>
        </message>
        <message>
            <source>The server redirected to another address: check the server address.</source>
            <translation>[Ţĥé šéŕṽéŕ ŕéðîŕéçţéð ţö àñöţĥéŕ àððŕéšš: çĥéçķ ţĥé šéŕṽéŕ àððŕéšš. ····················]</translation>
        </message>
        <message>
            <source>The server took too long to answer. Your work is kept and sent later.</source>
            <translation>[Ţĥé šéŕṽéŕ ţööķ ţöö ļöñĝ ţö àñšŵéŕ. Ýöûŕ ŵöŕķ îš ķéþţ àñð šéñţ ļàţéŕ. ·····················]</translation>
        </message>
        <message>
            <source>The server sent an answer this app cannot use. Check the server address or tell the server's administrator.</source>
            <translation>[Ţĥé šéŕṽéŕ šéñţ àñ àñšŵéŕ ţĥîš àþþ çàññöţ ûšé. Çĥéçķ ţĥé šéŕṽéŕ àððŕéšš öŕ ţéļļ ţĥé šéŕṽéŕ'š àðɱîñîšţŕàţöŕ. ································]</translation>
        </message>
        <message>
            <source>The server sent a larger answer than allowed. Check the server address or tell the server's administrator.</source>
            <translation>[Ţĥé šéŕṽéŕ šéñţ à ļàŕĝéŕ àñšŵéŕ ţĥàñ àļļöŵéð. Çĥéçķ ţĥé šéŕṽéŕ àððŕéšš öŕ ţéļļ ţĥé šéŕṽéŕ'š àðɱîñîšţŕàţöŕ. ································]</translation>
        </message>
        <message>
            <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
            <translation>[Ţĥé šéŕṽéŕ ķééþš šéñðîñĝ çĥàñĝéš; šýñç šţöþþéð. Ŵĥàţ àŕŕîṽéð îš ķéþţ; ţŕý àĝàîñ ļàţéŕ. ··························]</translation>
        </message>
        <message>
            <source>Plain http is only used to this computer. Use an https:// server address.</source>
            <translation>[Þļàîñ ĥţţþ îš öñļý ûšéð ţö ţĥîš çöɱþûţéŕ. Ûšé àñ ĥţţþš:// šéŕṽéŕ àððŕéšš. ······················]</translation>
        </message>
        <message>
            <source>An image is larger than allowed and was not downloaded.</source>
            <translation>[Àñ îɱàĝé îš ļàŕĝéŕ ţĥàñ àļļöŵéð àñð ŵàš ñöţ ðöŵñļöàðéð. ················]</translation>
        </message>
        <message>
            <source>An image arrived damaged; it is downloaded again at the next sync.</source>
            <translation>[Àñ îɱàĝé àŕŕîṽéð ðàɱàĝéð; îţ îš ðöŵñļöàðéð àĝàîñ àţ ţĥé ñéẋţ šýñç. ····················]</translation>
        </message>
        <message>
            <source>The server redirected to %1: check the server address.</source>
            <translation>[Ţĥé šéŕṽéŕ ŕéðîŕéçţéð ţö %1: çĥéçķ ţĥé šéŕṽéŕ àððŕéšš. ················]</translation>
        </message>
        <message>
            <source>The image size differs from the task's image.</source>
            <translation>[Ţĥé îɱàĝé šîžé ðîƒƒéŕš ƒŕöɱ ţĥé ţàšķ'š îɱàĝé. ··············]</translation>
        </message>
        <message>
            <source>The rewrite is empty.</source>
            <translation>[Ţĥé ŕéŵŕîţé îš éɱþţý. ······]</translation>
        </message>
        <message>
            <source>The order the responses were shown in is missing.</source>
            <translation>[Ţĥé öŕðéŕ ţĥé ŕéšþöñšéš ŵéŕé šĥöŵñ îñ îš ɱîššîñĝ. ···············]</translation>
        </message>
        <message>
            <source>A criterion is not rated (%1).</source>
            <translation>[À çŕîţéŕîöñ îš ñöţ ŕàţéð (%1). ·········]</translation>
        </message>
        <message>
            <source>A rating is outside its scale (%1).</source>
            <translation>[À ŕàţîñĝ îš öûţšîðé îţš šçàļé (%1). ··········]</translation>
        </message>
        <message>
            <source>The rationale is too short.</source>
            <translation>[Ţĥé ŕàţîöñàļé îš ţöö šĥöŕţ. ········]</translation>
        </message>
        <message>
            <source>A flag is not known to the server.</source>
            <translation>[À ƒļàĝ îš ñöţ ķñöŵñ ţö ţĥé šéŕṽéŕ. ··········]</translation>
        </message>
        <message>
            <source>A box has an attribute this project does not define (%1).</source>
            <translation>[À ƀöẋ ĥàš àñ àţţŕîƀûţé ţĥîš þŕöĵéçţ ðöéš ñöţ ðéƒîñé (%1). ·················]</translation>
        </message>
        <message>
            <source>A box attribute has a value this project does not allow (%1).</source>
            <translation>[À ƀöẋ àţţŕîƀûţé ĥàš à ṽàļûé ţĥîš þŕöĵéçţ ðöéš ñöţ àļļöŵ (%1). ··················]</translation>
        </message>
        <message>
            <source>A required value is missing (%1).</source>
            <translation>[À ŕéǫûîŕéð ṽàļûé îš ɱîššîñĝ (%1). ··········]</translation>
        </message>
        <message>
            <source>No preference is chosen.</source>
            <translation>[Ñö þŕéƒéŕéñçé îš çĥöšéñ. ·······]</translation>
        </message>
        <message>
            <source>This task is ranked, not judged on the preference scale.</source>
            <translation>[Ţĥîš ţàšķ îš ŕàñķéð, ñöţ ĵûðĝéð öñ ţĥé þŕéƒéŕéñçé šçàļé. ·················]</translation>
        </message>
        <message>
            <source>The responses are not ranked.</source>
            <translation>[Ţĥé ŕéšþöñšéš àŕé ñöţ ŕàñķéð. ·········]</translation>
        </message>
        <message>
            <source>This task is judged on the preference scale, not ranked.</source>
            <translation>[Ţĥîš ţàšķ îš ĵûðĝéð öñ ţĥé þŕéƒéŕéñçé šçàļé, ñöţ ŕàñķéð. ·················]</translation>
        </message>
        <message>
            <source>Not every response is ranked.</source>
            <translation>[Ñöţ éṽéŕý ŕéšþöñšé îš ŕàñķéð. ·········]</translation>
        </message>
        <message>
            <source>A response is ranked more than once.</source>
            <translation>[À ŕéšþöñšé îš ŕàñķéð ɱöŕé ţĥàñ öñçé. ···········]</translation>
        </message>
        <message>
            <source>The ranking has an empty place.</source>
            <translation>[Ţĥé ŕàñķîñĝ ĥàš àñ éɱþţý þļàçé. ·········]</translation>
        </message>
        <message>
            <source>The ranking names a response this task does not have.</source>
            <translation>[Ţĥé ŕàñķîñĝ ñàɱéš à ŕéšþöñšé ţĥîš ţàšķ ðöéš ñöţ ĥàṽé. ················]</translation>
        </message>
        <message>
            <source>A response is rated on a criterion this project does not have (%1).</source>
            <translation>[À ŕéšþöñšé îš ŕàţéð öñ à çŕîţéŕîöñ ţĥîš þŕöĵéçţ ðöéš ñöţ ĥàṽé (%1). ····················]</translation>
        </message>
        <message>
            <source>A rating names a response this task does not have (%1).</source>
            <translation>[À ŕàţîñĝ ñàɱéš à ŕéšþöñšé ţĥîš ţàšķ ðöéš ñöţ ĥàṽé (%1). ················]</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>[Šéţţîñĝš ··]</translation>
        </message>
        <message>
            <source>Server URL</source>
            <translation>[Šéŕṽéŕ ÛŔĻ ···]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļàñĝûàĝé ··]</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>[Ţĥéɱé ··]</translation>
        </message>
        <message>
            <source>Autosave after (ms)</source>
            <translation>[Àûţöšàṽé àƒţéŕ (ɱš) ······]</translation>
        </message>
        <message>
            <source>CA bundle (PEM)</source>
            <translation>[ÇÀ ƀûñðļé (ÞÉṀ) ····]</translation>
        </message>
        <message>
            <source>Tasks to keep offline</source>
            <translation>[Ţàšķš ţö ķééþ öƒƒļîñé ······]</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>[Ɓŕöŵšé… ··]</translation>
        </message>
        <message>
            <source>Choose a CA bundle file</source>
            <translation>[Çĥööšé à ÇÀ ƀûñðļé ƒîļé ·······]</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>[Šýšţéɱ ļàñĝûàĝé ····]</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>[Ƒöļļöŵ ţĥé šýšţéɱ ·····]</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>[Ļîĝĥţ ··]</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>[Ðàŕķ ·]</translation>
        </message>
        <message>
            <source>Choose a CA bundle</source>
            <translation>[Çĥööšé à ÇÀ ƀûñðļé ·····]</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>[Çéŕţîƒîçàţéš (*.þéɱ *.çŕţ) ········]</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>Sync could not start; working offline.</source>
            <translation>[Šýñç çöûļð ñöţ šţàŕţ; ŵöŕķîñĝ öƒƒļîñé. ···········]</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[Ķéýƀöàŕð šĥöŕţçûţš ·····]</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>[Ṁéñû ·]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Àçţîöñ ··]</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>[Ķéýš ·]</translation>
        </message>
        <message>
            <source>Search shortcuts</source>
            <translation>[Šéàŕçĥ šĥöŕţçûţš ·····]</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>[Šîĝñ îñ ··]</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>[Šéŕṽéŕ àððŕéšš ····]</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>[Ûšéŕ ñàɱé ···]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Þàššŵöŕð ··]</translation>
        </message>
        <message>
            <source>Personal access token</source>
            <translation>[Þéŕšöñàļ àççéšš ţöķéñ ······]</translation>
        </message>
        <message>
            <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
            <translation>[Ƒîñð îţ îñ Ļàƀéļ Šţûðîö ▸ Àççöûñţ &amp; Šéţţîñĝš ▸ Þéŕšöñàļ Àççéšš Ţöķéñ. ·····················]</translation>
        </message>
        <message>
            <source>Where to find the token</source>
            <translation>[Ŵĥéŕé ţö ƒîñð ţĥé ţöķéñ ·······]</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>[Šîĝñ-îñ šţàţûš ····]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ··]</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>[&amp;Šéŕṽéŕ: ··]</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>[&amp;Ûšéŕ: ··]</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>[&amp;Þàššŵöŕð: ···]</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>[&amp;Ţöķéñ: ··]</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>[Šîĝñîñĝ îñ… ···]</translation>
        </message>
        <message>
            <source>Enter your personal access token.</source>
            <translation>[Éñţéŕ ýöûŕ þéŕšöñàļ àççéšš ţöķéñ. ··········]</translation>
        </message>
        <message>
            <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
            <translation>[Ţĥàţ îš ñöţ à þéŕšöñàļ àççéšš ţöķéñ. Çöþý îţ ƒŕöɱ Ļàƀéļ Šţûðîö ▸ Àççöûñţ &amp; Šéţţîñĝš ▸ Þéŕšöñàļ Àççéšš Ţöķéñ. ································]</translation>
        </message>
        <message>
            <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
            <translation>[Ļàƀéļ Šţûðîö ŕéƒûšéð ţĥîš ţöķéñ. Çöþý à çûŕŕéñţ öñé ƒŕöɱ Àççöûñţ &amp; Šéţţîñĝš ▸ Þéŕšöñàļ Àççéšš Ţöķéñ. ······························]</translation>
        </message>
    </context>
    <context>
        <name>SkipDialog</name>
        <message>
            <source>Broken task</source>
            <translation>[Ɓŕöķéñ ţàšķ ···]</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>[Ûñçļéàŕ ··]</translation>
        </message>
        <message>
            <source>Not my expertise</source>
            <translation>[Ñöţ ɱý éẋþéŕţîšé ·····]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ ··]</translation>
        </message>
        <message>
            <source>Something is wrong with the task itself: a missing image, cut-off text</source>
            <translation>[Šöɱéţĥîñĝ îš ŵŕöñĝ ŵîţĥ ţĥé ţàšķ îţšéļƒ: à ɱîššîñĝ îɱàĝé, çûţ-öƒƒ ţéẋţ ·····················]</translation>
        </message>
        <message>
            <source>The task or its instructions are unclear</source>
            <translation>[Ţĥé ţàšķ öŕ îţš îñšţŕûçţîöñš àŕé ûñçļéàŕ ············]</translation>
        </message>
        <message>
            <source>Someone with other knowledge should do this task</source>
            <translation>[Šöɱéöñé ŵîţĥ öţĥéŕ ķñöŵļéðĝé šĥöûļð ðö ţĥîš ţàšķ ··············]</translation>
        </message>
        <message>
            <source>Another reason: say why below</source>
            <translation>[Àñöţĥéŕ ŕéàšöñ: šàý ŵĥý ƀéļöŵ ·········]</translation>
        </message>
        <message>
            <source>Skip task</source>
            <translation>[Šķîþ ţàšķ ···]</translation>
        </message>
        <message>
            <source>Why do you skip “%1”? Press 1 to 4.</source>
            <translation>[Ŵĥý ðö ýöû šķîþ “%1”? Þŕéšš 1 ţö 4. ··········]</translation>
        </message>
        <message>
            <source>Why do you skip this task? Press 1 to 4.</source>
            <translation>[Ŵĥý ðö ýöû šķîþ ţĥîš ţàšķ? Þŕéšš 1 ţö 4. ············]</translation>
        </message>
        <message>
            <source>Why do you skip this task?</source>
            <translation>[Ŵĥý ðö ýöû šķîþ ţĥîš ţàšķ? ········]</translation>
        </message>
        <message>
            <source>Key %1</source>
            <translation>[Ķéý %1 ··]</translation>
        </message>
        <message>
            <source>Say why (needed for Other)</source>
            <translation>[Šàý ŵĥý (ñééðéð ƒöŕ Öţĥéŕ) ········]</translation>
        </message>
        <message>
            <source>Why (for Other)</source>
            <translation>[Ŵĥý (ƒöŕ Öţĥéŕ) ····]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ ··]</translation>
        </message>
        <message>
            <source>Skip or cancel</source>
            <translation>[Šķîþ öŕ çàñçéļ ····]</translation>
        </message>
    </context>
    <context>
        <name>SpellingController</name>
        <message>
            <source>Ignore “%1”</source>
            <translation>[Îĝñöŕé “%1” ···]</translation>
        </message>
    </context>
    <context>
        <name>StartupErrors</name>
        <message>
            <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
            <translation>[àññöţàţöŕ-ðéšķţöþ îš àļŕéàðý ŕûññîñĝ ŵîţĥ ţĥîš ðàţà ƒöļðéŕ (þŕöçéšš %1).
Šŵîţçĥ ţö ţĥàţ ŵîñðöŵ, öŕ šţàŕţ ŵîţĥ àñöţĥéŕ ƒöļðéŕ (--ðàţà-ðîŕ).
Ļöçķ ƒîļé: %2 ··············································]</translation>
        </message>
        <message>
            <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
            <translation>[Ţĥé ðàţà ƒöļðéŕ %1 çàññöţ ƀé ŵŕîţţéñ.
Çĥéçķ îţš þéŕɱîššîöñš, öŕ šţàŕţ ŵîţĥ àñöţĥéŕ ƒöļðéŕ (--ðàţà-ðîŕ). ·······························]</translation>
        </message>
        <message>
            <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
            <translation>[Ţĥé çàçĥé %1 ŵàš ŵŕîţţéñ ƀý à ñéŵéŕ ṽéŕšîöñ öƒ àññöţàţöŕ-ðéšķţöþ.
Îñšţàļļ ţĥé ñéŵéŕ ṽéŕšîöñ; ţĥé ƒîļé ĥàš ñöţ ƀééñ çĥàñĝéð. ·····································]</translation>
        </message>
        <message>
            <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
            <translation>[Ţĥé çàçĥé %1 îš ļöçķéð ƀý àñöţĥéŕ þŕöĝŕàɱ.
Çļöšé öţĥéŕ çöþîéš öƒ àññöţàţöŕ-ðéšķţöþ àñð ţŕý àĝàîñ. ·····························]</translation>
        </message>
        <message>
            <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
            <translation>[Ţĥé çàçĥé %1 çàññöţ ƀé ŵŕîţţéñ.
Çĥéçķ ţĥé þéŕɱîššîöñš öƒ ţĥé ƒîļé àñð îţš ƒöļðéŕ, öŕ ûšé --ðàţà-ðîŕ. ······························]</translation>
        </message>
        <message>
            <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
            <translation>[Ţĥé çàçĥé %1 îš ðàɱàĝéð àñð çöûļð ñöţ ƀé öþéñéð. Îţ ĥàš ƀééñ ķéþţ àš îţ îš. ······················]</translation>
        </message>
        <message>
            <source>The cache %1 could not be opened.</source>
            <translation>[Ţĥé çàçĥé %1 çöûļð ñöţ ƀé öþéñéð. ··········]</translation>
        </message>
        <message>
            <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
            <translation>[Ţĥé çàçĥé ŵàš ðàɱàĝéð. Îţ ŵàš ɱöṽéð àšîðé àñð ķéþţ àš
%1
À ñéŵ, éɱþţý çàçĥé ŵàš ɱàðé àţ %2. Ðŕàƒţš ţĥàţ ŵéŕé öñļý îñ ţĥé ðàɱàĝéð ƒîļé çàñ ƀé ŕéçöṽéŕéð ƒŕöɱ ţĥé ķéþţ çöþý. ···················································]</translation>
        </message>
        <message>
            <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
            <translation>[Ţĥé šéţţîñĝš ƒîļé %1 ŵàš ŵŕîţţéñ ƀý à ñéŵéŕ ṽéŕšîöñ öƒ àññöţàţöŕ-ðéšķţöþ.
Ðéƒàûļţ šéţţîñĝš àŕé ûšéð ƒöŕ ñöŵ; ţĥé ƒîļé îš ķéþţ ûñçĥàñĝéð. ·········································]</translation>
        </message>
        <message>
            <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
            <translation>[Ţĥé šéţţîñĝš ƒîļé %1 çöûļð ñöţ ƀé ŕéàð.
Ðéƒàûļţ šéţţîñĝš àŕé ûšéð ƒöŕ ñöŵ; ţĥé ƒîļé îš ķéþţ ûñçĥàñĝéð. ·······························]</translation>
        </message>
        <message>
            <source>annotator-desktop</source>
            <translation>[àññöţàţöŕ-ðéšķţöþ ·····]</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>New</source>
            <translation>[Ñéŵ ·]</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>[Ðŕàƒţ ··]</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>[Öþéñ ·]</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>[Îñ þŕöĝŕéšš ···]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çöɱþļéţéð ···]</translation>
        </message>
        <message>
            <source>Waiting for review</source>
            <translation>[Ŵàîţîñĝ ƒöŕ ŕéṽîéŵ ·····]</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>[Àççéþţéð ··]</translation>
        </message>
        <message>
            <source>Needs changes</source>
            <translation>[Ñééðš çĥàñĝéš ····]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Ŕéĵéçţéð ··]</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>[Ļàţé ·]</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>[Çöñƒļîçţ ··]</translation>
        </message>
        <message>
            <source>You</source>
            <translation>[Ýöû ·]</translation>
        </message>
        <message>
            <source>Every judgment of a task</source>
            <translation>[Éṽéŕý ĵûðĝɱéñţ öƒ à ţàšķ ·······]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>[Ļöàðîñĝ… ··]</translation>
        </message>
        <message>
            <source>This task is not in the cache.</source>
            <translation>[Ţĥîš ţàšķ îš ñöţ îñ ţĥé çàçĥé. ·········]</translation>
        </message>
        <message>
            <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
            <translation>[%1 % (%2 öƒ %3; 95 % îñţéŕṽàļ %4–%5 %) ···········]</translation>
        </message>
        <message>
            <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
            <translation>[Öƒ ţĥé ĵûðĝéð þàîŕš ŵĥöšé ţŵö ŕéšþöñšéš ðîƒƒéŕ îñ à çûé, ţĥé šĥàŕé ţĥàţ çĥöšé ţĥé ŕéšþöñšé šĥöŵñ ƒîŕšţ, ţĥé ļöñĝéŕ öñé àñð ţĥé ɱöŕé ĥéàṽîļý ƒöŕɱàţţéð öñé (ĥéàðîñĝš, ļîšţš, ƀöļð, éɱöĵî). Àñ ûñƀîàšéð ĵûðĝé ŵöûļð ƀé ñéàŕ 50 %; ⚠ ɱàŕķš à šĥàŕé ŵĥöšé 95 % îñţéŕṽàļ éẋçļûðéš 50 %. Ţîéš àñð šķîþþéð þàîŕš àŕé ļéƒţ öûţ. ·····························································································]</translation>
        </message>
        <message>
            <source>Bias audit per annotator</source>
            <translation>[Ɓîàš àûðîţ þéŕ àññöţàţöŕ ·······]</translation>
        </message>
        <message>
            <source>Annotator</source>
            <translation>[Àññöţàţöŕ ···]</translation>
        </message>
        <message>
            <source>Chose the first shown</source>
            <translation>[Çĥöšé ţĥé ƒîŕšţ šĥöŵñ ······]</translation>
        </message>
        <message>
            <source>Chose the longer</source>
            <translation>[Çĥöšé ţĥé ļöñĝéŕ ·····]</translation>
        </message>
        <message>
            <source>Chose the more formatted</source>
            <translation>[Çĥöšé ţĥé ɱöŕé ƒöŕɱàţţéð ·······]</translation>
        </message>
        <message>
            <source>All annotators</source>
            <translation>[Àļļ àññöţàţöŕš ····]</translation>
        </message>
        <message>
            <source>The 95 % interval excludes 50 %: a likely bias.</source>
            <translation>[Ţĥé 95 % îñţéŕṽàļ éẋçļûðéš 50 %: à ļîķéļý ƀîàš. ··············]</translation>
        </message>
        <message>
            <source>Most split tasks</source>
            <translation>[Ṁöšţ šþļîţ ţàšķš ·····]</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>[Ţàšķ ·]</translation>
        </message>
        <message>
            <source>Judgments</source>
            <translation>[Ĵûðĝɱéñţš ···]</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>[Šþļîţ ··]</translation>
        </message>
        <message>
            <source>Read the judgments…</source>
            <translation>[Ŕéàð ţĥé ĵûðĝɱéñţš… ······]</translation>
        </message>
        <message>
            <source>Read every judgment of the selected task</source>
            <translation>[Ŕéàð éṽéŕý ĵûðĝɱéñţ öƒ ţĥé šéļéçţéð ţàšķ ············]</translation>
        </message>
        <message>
            <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
            <translation>[Šþļîţ: ĥöŵ öƒţéñ ţŵö àññöţàţöŕš ĵûðĝéð à þàîŕ öƒ ŕéšþöñšéš ðîƒƒéŕéñţļý (0 àļļ àĝŕéé, 1 àļŵàýš öþþöšîţé). Ðîšàĝŕééɱéñţ îš ķéþţ, ñéṽéŕ ṽöţéð àŵàý. ···········································]</translation>
        </message>
    </context>
    <context>
        <name>StatisticsView</name>
        <message>
            <source>Project statistics</source>
            <translation>[Þŕöĵéçţ šţàţîšţîçš ·····]</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>[Þŕöĵéçţ ··]</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>[Ŕéƒŕéšĥ ··]</translation>
        </message>
        <message>
            <source>Refresh the statistics</source>
            <translation>[Ŕéƒŕéšĥ ţĥé šţàţîšţîçš ·······]</translation>
        </message>
        <message>
            <source>Counts by state</source>
            <translation>[Çöûñţš ƀý šţàţé ····]</translation>
        </message>
        <message>
            <source>Verdicts per annotator</source>
            <translation>[Ṽéŕðîçţš þéŕ àññöţàţöŕ ·······]</translation>
        </message>
        <message>
            <source>Figures per annotator</source>
            <translation>[Ƒîĝûŕéš þéŕ àññöţàţöŕ ······]</translation>
        </message>
        <message>
            <source>Per annotator</source>
            <translation>[Þéŕ àññöţàţöŕ ····]</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>[Àĝŕééɱéñţ ···]</translation>
        </message>
        <message>
            <source>Position, length and formatting bias</source>
            <translation>[Þöšîţîöñ, ļéñĝţĥ àñð ƒöŕɱàţţîñĝ ƀîàš ···········]</translation>
        </message>
        <message>
            <source>Most split tasks</source>
            <translation>[Ṁöšţ šþļîţ ţàšķš ·····]</translation>
        </message>
        <message>
            <source>Annotator</source>
            <translation>[Àññöţàţöŕ ···]</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>[Šûƀɱîţţéð ···]</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>[Àççéþţéð ··]</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>[Àççéþţàñçé ŕàţé ····]</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>[Àçţîṽé ţîɱé ···]</translation>
        </message>
        <message>
            <source>Per hour</source>
            <translation>[Þéŕ ĥöûŕ ··]</translation>
        </message>
        <message>
            <source>Needs changes / rejected</source>
            <translation>[Ñééðš çĥàñĝéš / ŕéĵéçţéð ·······]</translation>
        </message>
        <message>
            <source>No project is in the cache yet.</source>
            <translation>[Ñö þŕöĵéçţ îš îñ ţĥé çàçĥé ýéţ. ·········]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>[Ļöàðîñĝ… ··]</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>[Ţàšķš ··]</translation>
        </message>
        <message>
            <source>Submissions</source>
            <translation>[Šûƀɱîššîöñš ···]</translation>
        </message>
        <message>
            <source>You</source>
            <translation>[Ýöû ·]</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>[%n ţàšķ(š) ···]</numerusform>
                <numerusform>[%n ţàšķ(š) ···]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submission(s)</source>
            <translation>
                <numerusform>[%n šûƀɱîššîöñ(š) ·····]</numerusform>
                <numerusform>[%n šûƀɱîššîöñ(š) ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>No task skipped.</source>
            <translation>[Ñö ţàšķ šķîþþéð. ·····]</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>[Šķîþþéð: %1 ···]</translation>
        </message>
        <message>
            <source>Figures from the server, for every annotator of the project.</source>
            <translation>[Ƒîĝûŕéš ƒŕöɱ ţĥé šéŕṽéŕ, ƒöŕ éṽéŕý àññöţàţöŕ öƒ ţĥé þŕöĵéçţ. ··················]</translation>
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>[Ţĥé šéŕṽéŕ çàññöţ ƀé ŕéàçĥéð. ·········]</translation>
        </message>
        <message>
            <source>Only QA leads get the server's figures.</source>
            <translation>[Öñļý ǪÀ ļéàðš ĝéţ ţĥé šéŕṽéŕ'š ƒîĝûŕéš. ············]</translation>
        </message>
        <message>
            <source>The server's figures could not be loaded.</source>
            <translation>[Ţĥé šéŕṽéŕ'š ƒîĝûŕéš çöûļð ñöţ ƀé ļöàðéð. ············]</translation>
        </message>
        <message>
            <source>Computed on this computer from the cached submissions. %1</source>
            <translation>[Çöɱþûţéð öñ ţĥîš çöɱþûţéŕ ƒŕöɱ ţĥé çàçĥéð šûƀɱîššîöñš. %1 ·················]</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>[%1 ɱîñ ··]</translation>
        </message>
        <message>
            <source>Tasks done by two or more annotators</source>
            <translation>[Ţàšķš ðöñé ƀý ţŵö öŕ ɱöŕé àññöţàţöŕš ···········]</translation>
        </message>
        <message>
            <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
            <translation>[Ɓöẋ àĝŕééɱéñţ (ÎöÛ-ɱàţçĥéð Ƒ1, 1 = šàɱé ƀöẋéš) ··············]</translation>
        </message>
        <message>
            <source>Preference agreement (Krippendorff's alpha)</source>
            <translation>[Þŕéƒéŕéñçé àĝŕééɱéñţ (Ķŕîþþéñðöŕƒƒ'š àļþĥà) ·············]</translation>
        </message>
        <message>
            <source>Rewrite distance (normalised edits, 0 = identical)</source>
            <translation>[Ŕéŵŕîţé ðîšţàñçé (ñöŕɱàļîšéð éðîţš, 0 = îðéñţîçàļ) ···············]</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Connection</source>
            <translation>[Çöññéçţîöñ ···]</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>[Ŵàîţîñĝ ţö šéñð ····]</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>[Ļàšţ šýñç ···]</translation>
        </message>
        <message>
            <source>Active time on this task</source>
            <translation>[Àçţîṽé ţîɱé öñ ţĥîš ţàšķ ·······]</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>[Þŕöĝŕéšš ··]</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>[Öñļîñé ··]</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>[Öƒƒļîñé ··]</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>[Šýñçîñĝ… ··]</translation>
        </message>
        <message>
            <source>Not signed in (offline)</source>
            <translation>[Ñöţ šîĝñéð îñ (öƒƒļîñé) ·······]</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>[šéñðîñĝ… ··]</translation>
        </message>
        <message numerus="yes">
            <source>%n to send</source>
            <translation>
                <numerusform>[%n ţö šéñð ···]</numerusform>
                <numerusform>[%n ţö šéñð ···]</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>[Ļàšţ šýñç: %1 ····]</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>[Ñéṽéŕ šýñçéð ····]</translation>
        </message>
        <message>
            <source>Active: %1</source>
            <translation>[Àçţîṽé: %1 ···]</translation>
        </message>
        <message>
            <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
            <translation>[%1: %2 ðöñé, %3 ļéƒţ · Ţöðàý: %4 šûƀɱîţţéð, %5 àçţîṽé ················]</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>[Àļļ þŕöĵéçţš ····]</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Signed in as %1.</source>
            <translation>[Šîĝñéð îñ àš %1. ·····]</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>[Šîĝñéð öûţ. ···]</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>[Šîĝñéð öûţ ···]</translation>
        </message>
        <message>
            <source>Also remove the downloaded tasks from this computer?</source>
            <translation>[Àļšö ŕéɱöṽé ţĥé ðöŵñļöàðéð ţàšķš ƒŕöɱ ţĥîš çöɱþûţéŕ? ················]</translation>
        </message>
        <message>
            <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
            <translation>[Ðŕàƒţš àñð šûƀɱîššîöñš ñöţ ýéţ šéñţ ŵöûļð ƀé ļöšţ. Ķééþ ţĥéɱ ţö ƀé šàƒé. ······················]</translation>
        </message>
        <message>
            <source>The cache was emptied.</source>
            <translation>[Ţĥé çàçĥé ŵàš éɱþţîéð. ·······]</translation>
        </message>
        <message>
            <source>Sync cancelled.</source>
            <translation>[Šýñç çàñçéļļéð. ····]</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) taken offline.</source>
            <translation>
                <numerusform>[%n ţàšķ(š) ţàķéñ öƒƒļîñé. ········]</numerusform>
                <numerusform>[%n ţàšķ(š) ţàķéñ öƒƒļîñé. ········]</numerusform>
            </translation>
        </message>
        <message>
            <source>No secure password store is available: you stay signed in only until the app closes.</source>
            <translation>[Ñö šéçûŕé þàššŵöŕð šţöŕé îš àṽàîļàƀļé: ýöû šţàý šîĝñéð îñ öñļý ûñţîļ ţĥé àþþ çļöšéš. ·························]</translation>
        </message>
        <message>
            <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
            <translation>[Šýñçéð: %1 šéñţ, %2 çĥàñĝéš ŕéçéîṽéð, %3 ŵàîţîñĝ. ···············]</translation>
        </message>
        <message>
            <source>The user name or password is wrong.</source>
            <translation>[Ţĥé ûšéŕ ñàɱé öŕ þàššŵöŕð îš ŵŕöñĝ. ··········]</translation>
        </message>
        <message>
            <source>Too many attempts. Wait a minute and try again.</source>
            <translation>[Ţöö ɱàñý àţţéɱþţš. Ŵàîţ à ɱîñûţé àñð ţŕý àĝàîñ. ··············]</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your work is kept and sent later.</source>
            <translation>[Ţĥé šéŕṽéŕ çàññöţ ƀé ŕéàçĥéð. Ýöûŕ ŵöŕķ îš ķéþţ àñð šéñţ ļàţéŕ. ···················]</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified.</source>
            <translation>[Ţĥé šéŕṽéŕ'š çéŕţîƒîçàţé çöûļð ñöţ ƀé ṽéŕîƒîéð. ··············]</translation>
        </message>
        <message>
            <source>Please sign in again.</source>
            <translation>[Þļéàšé šîĝñ îñ àĝàîñ. ······]</translation>
        </message>
        <message>
            <source>Enter the server address, your user name and password.</source>
            <translation>[Éñţéŕ ţĥé šéŕṽéŕ àððŕéšš, ýöûŕ ûšéŕ ñàɱé àñð þàššŵöŕð. ················]</translation>
        </message>
        <message>
            <source>The server is busy. It will be tried again shortly.</source>
            <translation>[Ţĥé šéŕṽéŕ îš ƀûšý. Îţ ŵîļļ ƀé ţŕîéð àĝàîñ šĥöŕţļý. ···············]</translation>
        </message>
        <message>
            <source>You are not allowed to do that on this server.</source>
            <translation>[Ýöû àŕé ñöţ àļļöŵéð ţö ðö ţĥàţ öñ ţĥîš šéŕṽéŕ. ··············]</translation>
        </message>
        <message>
            <source>The server does not know this address. Check the URL.</source>
            <translation>[Ţĥé šéŕṽéŕ ðöéš ñöţ ķñöŵ ţĥîš àððŕéšš. Çĥéçķ ţĥé ÛŔĻ. ················]</translation>
        </message>
        <message>
            <source>The server answered with an error (%1).</source>
            <translation>[Ţĥé šéŕṽéŕ àñšŵéŕéð ŵîţĥ àñ éŕŕöŕ (%1). ············]</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>[Šýñç ƒàîļéð: %1 ····]</translation>
        </message>
    </context>
    <context>
        <name>SyncProblemsDialog</name>
        <message>
            <source>Sync problems</source>
            <translation>[Šýñç þŕöƀļéɱš ····]</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>[Ŕéàðîñĝ… ··]</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>[Šûɱɱàŕý ··]</translation>
        </message>
        <message>
            <source>Changes set aside</source>
            <translation>[Çĥàñĝéš šéţ àšîðé ·····]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð ·]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţéɱ ·]</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>[Ŕéçéîṽéð ··]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Þŕöƀļéɱ ··]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ··]</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server's administrator if this stays.</source>
            <translation>
                <numerusform>[%n çĥàñĝé(š) ƒŕöɱ ţĥé šéŕṽéŕ çöûļð ñöţ ƀé ûšéð àñð ŵéŕé šéţ àšîðé. Éṽéŕýţĥîñĝ éļšé ŵàš šýñçéð. Ţéļļ ţĥé šéŕṽéŕ'š àðɱîñîšţŕàţöŕ îƒ ţĥîš šţàýš. ··········································]</numerusform>
                <numerusform>[%n çĥàñĝé(š) ƒŕöɱ ţĥé šéŕṽéŕ çöûļð ñöţ ƀé ûšéð àñð ŵéŕé šéţ àšîðé. Éṽéŕýţĥîñĝ éļšé ŵàš šýñçéð. Ţéļļ ţĥé šéŕṽéŕ'š àðɱîñîšţŕàţöŕ îƒ ţĥîš šţàýš. ··········································]</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: every change from the server was used.</source>
            <translation>[Ñö þŕöƀļéɱš: éṽéŕý çĥàñĝé ƒŕöɱ ţĥé šéŕṽéŕ ŵàš ûšéð. ···············]</translation>
        </message>
    </context>
    <context>
        <name>TakeOfflineDialog</name>
        <message>
            <source>Take tasks offline</source>
            <translation>[Ţàķé ţàšķš öƒƒļîñé ·····]</translation>
        </message>
        <message>
            <source>Reading projects…</source>
            <translation>[Ŕéàðîñĝ þŕöĵéçţš… ·····]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš ··]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ··]</translation>
        </message>
        <message>
            <source>No projects yet. Sign in and sync first.</source>
            <translation>[Ñö þŕöĵéçţš ýéţ. Šîĝñ îñ àñð šýñç ƒîŕšţ. ············]</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) offline now</source>
            <translation>
                <numerusform>[%n ţàšķ(š) öƒƒļîñé ñöŵ ·······]</numerusform>
                <numerusform>[%n ţàšķ(š) öƒƒļîñé ñöŵ ·······]</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of tasks for %1</source>
            <translation>[Ñûɱƀéŕ öƒ ţàšķš ƒöŕ %1 ·······]</translation>
        </message>
        <message>
            <source>Take offline</source>
            <translation>[Ţàķé öƒƒļîñé ····]</translation>
        </message>
        <message>
            <source>Take tasks of %1 offline</source>
            <translation>[Ţàķé ţàšķš öƒ %1 öƒƒļîñé ·······]</translation>
        </message>
        <message>
            <source>Taking tasks offline…</source>
            <translation>[Ţàķîñĝ ţàšķš öƒƒļîñé… ······]</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s) taken offline.</source>
            <translation>
                <numerusform>[%n ţàšķ(š) ţàķéñ öƒƒļîñé. ········]</numerusform>
                <numerusform>[%n ţàšķ(š) ţàķéñ öƒƒļîñé. ········]</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected: tasks can be taken offline once the server is reachable.</source>
            <translation>[Ñöţ çöññéçţéð: ţàšķš çàñ ƀé ţàķéñ öƒƒļîñé öñçé ţĥé šéŕṽéŕ îš ŕéàçĥàƀļé. ·····················]</translation>
        </message>
    </context>
    <context>
        <name>TaskList</name>
        <message>
            <source>Filter by project</source>
            <translation>[Ƒîļţéŕ ƀý þŕöĵéçţ ·····]</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>[Ƒîļţéŕ ƀý šţàţé ····]</translation>
        </message>
        <message>
            <source>Search tasks</source>
            <translation>[Šéàŕçĥ ţàšķš ····]</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>[Ţàšķš ··]</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>[Àļļ šţàţéš ···]</translation>
        </message>
        <message>
            <source>New</source>
            <translation>[Ñéŵ ·]</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>[Ðŕàƒţ ··]</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>[Šûƀɱîţţéð ···]</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>[Àççéþţéð ··]</translation>
        </message>
        <message>
            <source>Needs changes</source>
            <translation>[Ñééðš çĥàñĝéš ····]</translation>
        </message>
        <message>
            <source>Late or conflict</source>
            <translation>[Ļàţé öŕ çöñƒļîçţ ·····]</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>[Šķîþþéð ··]</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>[Àļļ þŕöĵéçţš ····]</translation>
        </message>
        <message>
            <source>%1 of %2 tasks</source>
            <translation>[%1 öƒ %2 ţàšķš ····]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Ŕéĵéçţéð ··]</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>[Ļàţé ·]</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>[Çöñƒļîçţ ··]</translation>
        </message>
        <message>
            <source>Boxes</source>
            <translation>[Ɓöẋéš ··]</translation>
        </message>
        <message>
            <source>Rewrite</source>
            <translation>[Ŕéŵŕîţé ··]</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>[Çöɱþàŕîšöñ ···]</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>[Ţàšķ ·]</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>[Þŕöĵéçţ ··]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð ·]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Šţàţé ··]</translation>
        </message>
    </context>
    <context>
        <name>TaskSession</name>
        <message>
            <source>The task %1 is no longer in the cache.</source>
            <translation>[Ţĥé ţàšķ %1 îš ñö ļöñĝéŕ îñ ţĥé çàçĥé. ···········]</translation>
        </message>
        <message>
            <source>This task could not be shown.</source>
            <translation>[Ţĥîš ţàšķ çöûļð ñöţ ƀé šĥöŵñ. ·········]</translation>
        </message>
        <message>
            <source>The task could not be opened: %1</source>
            <translation>[Ţĥé ţàšķ çöûļð ñöţ ƀé öþéñéð: %1 ··········]</translation>
        </message>
        <message>
            <source>The draft could not be saved: %1</source>
            <translation>[Ţĥé ðŕàƒţ çöûļð ñöţ ƀé šàṽéð: %1 ··········]</translation>
        </message>
        <message>
            <source>This task was reviewed and is closed; it cannot be changed.</source>
            <translation>[Ţĥîš ţàšķ ŵàš ŕéṽîéŵéð àñð îš çļöšéð; îţ çàññöţ ƀé çĥàñĝéð. ··················]</translation>
        </message>
        <message>
            <source>The submission could not be saved: %1</source>
            <translation>[Ţĥé šûƀɱîššîöñ çöûļð ñöţ ƀé šàṽéð: %1 ···········]</translation>
        </message>
        <message>
            <source>Saved as done in this folder project.</source>
            <translation>[Šàṽéð àš ðöñé îñ ţĥîš ƒöļðéŕ þŕöĵéçţ. ···········]</translation>
        </message>
        <message>
            <source>Submitted. It is sent as soon as the server answers.</source>
            <translation>[Šûƀɱîţţéð. Îţ îš šéñţ àš šööñ àš ţĥé šéŕṽéŕ àñšŵéŕš. ················]</translation>
        </message>
        <message>
            <source>Not ready to submit</source>
            <translation>[Ñöţ ŕéàðý ţö šûƀɱîţ ······]</translation>
        </message>
        <message>
            <source>Fix these before submitting:</source>
            <translation>[Ƒîẋ ţĥéšé ƀéƒöŕé šûƀɱîţţîñĝ: ········]</translation>
        </message>
        <message>
            <source>This task is closed or submitted; it cannot be skipped.</source>
            <translation>[Ţĥîš ţàšķ îš çļöšéð öŕ šûƀɱîţţéð; îţ çàññöţ ƀé šķîþþéð. ················]</translation>
        </message>
        <message>
            <source>The skip could not be saved: %1</source>
            <translation>[Ţĥé šķîþ çöûļð ñöţ ƀé šàṽéð: %1 ·········]</translation>
        </message>
        <message>
            <source>Skipped. The reason is sent as soon as the server answers.</source>
            <translation>[Šķîþþéð. Ţĥé ŕéàšöñ îš šéñţ àš šööñ àš ţĥé šéŕṽéŕ àñšŵéŕš. ·················]</translation>
        </message>
        <message>
            <source>Skipped. The reason is kept in this folder project.</source>
            <translation>[Šķîþþéð. Ţĥé ŕéàšöñ îš ķéþţ îñ ţĥîš ƒöļðéŕ þŕöĵéçţ. ···············]</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>Accepted by QA</source>
            <translation>[Àççéþţéð ƀý ǪÀ ····]</translation>
        </message>
        <message>
            <source>Changes requested by QA</source>
            <translation>[Çĥàñĝéš ŕéǫûéšţéð ƀý ǪÀ ·······]</translation>
        </message>
        <message>
            <source>Rejected by QA</source>
            <translation>[Ŕéĵéçţéð ƀý ǪÀ ····]</translation>
        </message>
        <message>
            <source>a QA lead</source>
            <translation>[à ǪÀ ļéàð ···]</translation>
        </message>
        <message>
            <source>Earlier verdict: %1</source>
            <translation>[Éàŕļîéŕ ṽéŕðîçţ: %1 ······]</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>[%1, %2 ··]</translation>
        </message>
        <message>
            <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
            <translation>[Ýöûŕ ļéàšé öñ ţĥîš ţàšķ éñðéð ŵĥîļé ŵöŕķ ŵàš ûñšéñţ. Šûƀɱîţ îţ; ţĥé šéŕṽéŕ ķééþš îţ àš ļàţé. ····························]</translation>
        </message>
        <message>
            <source>Lease ends %1</source>
            <translation>[Ļéàšé éñðš %1 ····]</translation>
        </message>
    </context>
    <context>
        <name>VerdictBanner</name>
        <message>
            <source>QA verdict</source>
            <translation>[ǪÀ ṽéŕðîçţ ···]</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>[Ĥîðé ·]</translation>
        </message>
        <message>
            <source>Hide the verdict for now</source>
            <translation>[Ĥîðé ţĥé ṽéŕðîçţ ƒöŕ ñöŵ ·······]</translation>
        </message>
        <message>
            <source>Hide the QA verdict</source>
            <translation>[Ĥîðé ţĥé ǪÀ ṽéŕðîçţ ······]</translation>
        </message>
        <message>
            <source>Reviewer's comment</source>
            <translation>[Ŕéṽîéŵéŕ'š çöɱɱéñţ ·····]</translation>
        </message>
        <message>
            <source>Earlier verdict: %1</source>
            <translation>[Éàŕļîéŕ ṽéŕðîçţ: %1 ······]</translation>
        </message>
        <message>
            <source>Reviewed by %1 on %2</source>
            <translation>[Ŕéṽîéŵéð ƀý %1 öñ %2 ······]</translation>
        </message>
        <message>
            <source>Reviewed by %1</source>
            <translation>[Ŕéṽîéŵéð ƀý %1 ····]</translation>
        </message>
        <message>
            <source>(No comment)</source>
            <translation>[(Ñö çöɱɱéñţ) ····]</translation>
        </message>
        <message>
            <source>Your revised submission is waiting for review.</source>
            <translation>[Ýöûŕ ŕéṽîšéð šûƀɱîššîöñ îš ŵàîţîñĝ ƒöŕ ŕéṽîéŵ. ··············]</translation>
        </message>
        <message>
            <source>Revise the task and submit it again.</source>
            <translation>[Ŕéṽîšé ţĥé ţàšķ àñð šûƀɱîţ îţ àĝàîñ. ···········]</translation>
        </message>
        <message>
            <source>This task is closed; it opens read-only.</source>
            <translation>[Ţĥîš ţàšķ îš çļöšéð; îţ öþéñš ŕéàð-öñļý. ············]</translation>
        </message>
    </context>
    <context>
        <name>VerdictBar</name>
        <message>
            <source>Comment for the annotator</source>
            <translation>[Çöɱɱéñţ ƒöŕ ţĥé àññöţàţöŕ ········]</translation>
        </message>
        <message>
            <source>&amp;Accept (A)</source>
            <translation>[&amp;Àççéþţ (À) ···]</translation>
        </message>
        <message>
            <source>Accept this submission</source>
            <translation>[Àççéþţ ţĥîš šûƀɱîššîöñ ·······]</translation>
        </message>
        <message>
            <source>Needs &amp;changes (C)</source>
            <translation>[Ñééðš &amp;çĥàñĝéš (Ç) ·····]</translation>
        </message>
        <message>
            <source>Ask the annotator to revise this submission</source>
            <translation>[Àšķ ţĥé àññöţàţöŕ ţö ŕéṽîšé ţĥîš šûƀɱîššîöñ ·············]</translation>
        </message>
        <message>
            <source>&amp;Reject (R)</source>
            <translation>[&amp;Ŕéĵéçţ (Ŕ) ···]</translation>
        </message>
        <message>
            <source>Reject this submission</source>
            <translation>[Ŕéĵéçţ ţĥîš šûƀɱîššîöñ ·······]</translation>
        </message>
        <message>
            <source>What must change? Type it, then press Enter (Esc cancels)</source>
            <translation>[Ŵĥàţ ɱûšţ çĥàñĝé? Ţýþé îţ, ţĥéñ þŕéšš Éñţéŕ (Éšç çàñçéļš) ·················]</translation>
        </message>
        <message>
            <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
            <translation>[Ŵĥý îš îţ ŕéĵéçţéð? Ţýþé îţ, ţĥéñ þŕéšš Éñţéŕ (Éšç çàñçéļš) ··················]</translation>
        </message>
        <message>
            <source>Comment (optional for Accept; / to type, Esc to leave)</source>
            <translation>[Çöɱɱéñţ (öþţîöñàļ ƒöŕ Àççéþţ; / ţö ţýþé, Éšç ţö ļéàṽé) ················]</translation>
        </message>
    </context>
</TS>
