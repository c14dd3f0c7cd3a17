<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>annotator-desktop के बारे में</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>ऐप्लिकेशन आइकन</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop संस्करण %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Apache License, संस्करण 2.0 (%1) के अंतर्गत लाइसेंस प्राप्त।</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>आपका डेटा यहाँ रखा जाता है: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>पथ कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>डेटा फ़ोल्डर का पथ कॉपी करें</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>डेटा फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>डेटा फ़ोल्डर खोलें</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;फ़ोल्डर खोलें…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>छवियों का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;निर्यात करें…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>किसी प्रोजेक्ट के एनोटेशन COCO, YOLO, Pascal VOC या JSON Lines के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;सेटिंग्स…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>सेटिंग्स बदलें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>ऐप बंद करें</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>पिछला संपादन पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>पूर्ववत किया गया पिछला संपादन फिर से करें</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ज़ूम &amp;इन</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ज़ूम &amp;आउट</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;विंडो में फ़िट करें</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>विंडो में फ़िट करें</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;कार्य खोजें</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>कार्य सूची में खोजें</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>&amp;पिछला कार्य</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>पिछले कार्य पर जाएँ</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>&amp;अगला कार्य</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>अगले कार्य पर जाएँ</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;सबमिट करें</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>यह कार्य जाँचें और सबमिट करें</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;छोड़ें</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>यह कार्य अभी छोड़ें</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>सबमिशन की &amp;समीक्षा करें…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>सबमिशन के एक नमूने की जाँच करें (QA लीड)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>प्रोजेक्ट &amp;आँकड़े…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>प्रति प्रोजेक्ट गिनती, उत्पादकता, स्वीकृति और सहमति</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>साइन &amp;इन करें…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>किसी कार्य सर्वर में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन &amp;आउट करें</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट करें</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;अभी सिंक करें</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>अभी भेजें और प्राप्त करें</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>कार्य &amp;ऑफ़लाइन लें…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>ऑफ़लाइन काम के लिए कार्य चेक आउट करें</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>सिंक &amp;रद्द करें</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>चल रहा सिंक रोकें</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;समस्याएँ…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>सर्वर से आए वे बदलाव दिखाएँ जिनका उपयोग नहीं किया जा सका</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>सभी शॉर्टकट दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>annotator-desktop के &amp;बारे में</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>इस ऐप के बारे में</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>लेबल “%1” चुनें</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>ड्रॉ मोड (दो क्लिक या ड्रैग करके बनाएँ)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>छवि को दृश्य में फ़िट करें</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>वास्तविक आकार (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>चयनित बॉक्स हटाएँ</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>सभी बॉक्स चुनें</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>चयनित बॉक्स कॉपी करें</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>कॉपी किया गया बॉक्स पेस्ट करें</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>बॉक्स छिपाएँ (दबाए रखें)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>पिछले कार्य के बॉक्स कॉपी करें</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>इस छवि में लेबल करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>1 px बाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>1 px दाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>1 px ऊपर खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>1 px नीचे खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>10 px बाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>10 px दाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>10 px ऊपर खिसकाएँ</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>10 px नीचे खिसकाएँ</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>बॉक्स बनाना</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>बॉक्स हटाना</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>लेबल करने को कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>छवि और बॉक्स</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>इस छवि में लेबल करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>ड्रॉ मोड: बॉक्स बनाने के लिए ड्रैग करें, या दो कोनों पर क्लिक करें। Esc दबाकर इससे बाहर निकलें।</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>बॉक्स %1 का आकार शून्य है।</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>बॉक्स %1 छवि के बाहर है।</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>बॉक्स %1 का कोई लेबल नहीं है।</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>बॉक्स %1 का लेबल इस कार्य में उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>कम से कम एक बॉक्स बनाएँ, या “इस छवि में लेबल करने को कुछ नहीं” चुनें।</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>“इस छवि में लेबल करने को कुछ नहीं” चुना गया है, लेकिन बॉक्स मौजूद हैं।</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>यह परिणाम सबमिट नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>छवि लोड हो रही है…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>छवि अभी डाउनलोड नहीं हुई है; आते ही यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>यह छवि सुरक्षित रूप से खोलने के लिए बहुत बड़ी है (सीमा %1 मेगापिक्सेल है)।</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>यह फ़ाइल ऐसे छवि फ़ॉर्मेट में नहीं है जिसे ऐप पढ़ सके।</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>छवि फ़ाइल क्षतिग्रस्त या अधूरी है और दिखाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>लेबल: %1 · %n चयनित · ज़ूम %2% · %3</numerusform>
            <numerusform>लेबल: %1 · %n चयनित · ज़ूम %2% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>कॉपी किया गया</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>यह कोड ब्लॉक कॉपी करें (%1)। Tab अगले कोड ब्लॉक पर ले जाता है।</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>कोड ब्लॉक कॉपी करें</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>कोड ब्लॉक कॉपी करें</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>वरीयता %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>चयनित उत्तर को रैंक %1 दें</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>वरीयता स्केल पर जाएँ</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>औचित्य पर जाएँ</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>दोनों उत्तर एक साथ स्क्रॉल करें (चालू/बंद)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>अंतर हाइलाइट करें (चालू/बंद)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>वरीयता:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>मानदंड:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>रैंकिंग:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>प्रति उत्तर:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>औचित्य: एक बेहतर क्यों है (या दोनों खराब क्यों हैं)?</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>A और B के बीच वरीयता, कुंजियाँ 1 से 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>औचित्य</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>अपना आकलन अपने शब्दों में समझाएँ।</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>अभी कोई वरीयता नहीं चुनी गई (कुंजियाँ 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 वर्ण, कम से कम %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>कोई मान्य वरीयता नहीं</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>कोई मान्य रैंकिंग नहीं</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>इस कार्य के सभी आकलन, साथ-साथ</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>इस कार्य के सभी आकलन</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>%1 का आकलन</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>सर्वर ने पिछला सबमिशन अस्वीकार कर दिया: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>कोई तुलना कार्य लोड नहीं है।</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>यह सबमिशन</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>यह तुलना कार्य क्षतिग्रस्त है और दिखाया नहीं जा सकता; कृपया इसकी रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>इस कार्य के दोनों उत्तरों की ID एक ही है; कृपया इस कार्य की रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>चुनें कि कौन-सा उत्तर बेहतर है, या बराबर (कुंजियाँ 1–7)।</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>उत्तर %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>औचित्य बहुत छोटा है: %1 वर्ण, जबकि कम से कम %2 चाहिए।</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>परिणाम मान्य नहीं है: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>“%1” को रेटिंग नहीं दी जा सकती: इसकी सीमा अमान्य है। कृपया इस कार्य की रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>“%1” को रेटिंग दें (%2 से %3 तक)।</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>“%1” की रेटिंग %2 से %3 तक होनी चाहिए।</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>हर उत्तर को रैंक दें (कुंजियाँ 1–9 या ड्रैग करें); अभी रैंक नहीं दी गई: %1।</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>रेटिंग नहीं दी गई</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>%1 को %2 से %3 तक रेटिंग दें; कुंजियाँ: अंक, तीर, Delete</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>उत्तर %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>उत्तर %2 का %1</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>उत्तर A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>उत्तर B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>दोनों साथ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>दोनों उत्तर एक साथ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>अंतर हाइलाइट करें</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>उत्तरों में जहाँ अंतर है, उसे हाइलाइट करें</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A बहुत बेहतर है</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A बेहतर है</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A थोड़ा बेहतर है</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>बराबर: लगभग एक जैसे</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B थोड़ा बेहतर है</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B बेहतर है</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B बहुत बेहतर है</translation>
    </message>
    <message>
        <source>A ≫</source>
        <comment>scale point 1: A much better</comment>
        <translation>A ≫</translation>
    </message>
    <message>
        <source>A &gt;</source>
        <comment>scale point 2: A better</comment>
        <translation>A &gt;</translation>
    </message>
    <message>
        <source>A ≳</source>
        <comment>scale point 3: A slightly better</comment>
        <translation>A ≳</translation>
    </message>
    <message>
        <source>Tie</source>
        <comment>scale point 4</comment>
        <translation>बराबर</translation>
    </message>
    <message>
        <source>≲ B</source>
        <comment>scale point 5: B slightly better</comment>
        <translation>≲ B</translation>
    </message>
    <message>
        <source>&lt; B</source>
        <comment>scale point 6: B better</comment>
        <translation>&lt; B</translation>
    </message>
    <message>
        <source>≪ B</source>
        <comment>scale point 7: B much better</comment>
        <translation>≪ B</translation>
    </message>
    <message>
        <source>Both responses are bad</source>
        <translation>दोनों उत्तर खराब हैं</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>विशेषज्ञ की ज़रूरत है</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>हानिकारक सामग्री</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>इसका आकलन मेरे लिए संभव नहीं</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>आकलन बदलना</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>रैंक नहीं दी गई</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>रैंक %1 (बराबर)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>रैंक %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>उत्तरों की रैंकिंग, सबसे अच्छा पहले</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>कुंजियाँ 1–9 चयनित उत्तर को रैंक देती हैं (समान रैंक बराबर मानी जाती हैं); क्रम बदलने के लिए किसी उत्तर को ड्रैग करें; Delete उसकी रैंक हटाता है।</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>%1 टर्न</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>कम दिखाएँ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>सब दिखाएँ</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>यह टर्न संक्षिप्त करें</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>यह टर्न विस्तृत करें</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>बातचीत के पिछले टर्न</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>उपयोगकर्ता का अंतिम संदेश</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>बदलाव साथ-साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>पूरा टेक्स्ट</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>अपरिवर्तित टेक्स्ट भी दिखाएँ</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>पिछला बदलाव</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>अगला बदलाव</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>बदलाव वापस लें</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>ड्राफ़्ट पर रीसेट करें</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>ड्राफ़्ट की तुलना में बदलाव</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>हटाए गए अंशों सहित ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>जोड़े गए अंशों सहित पुनर्लेखन</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>तुलना हो रही है…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 शब्द · %3 बदलाव · संपादन दूरी %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>फ़ॉर्मेटिंग</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n अपरिवर्तित शब्द</numerusform>
            <numerusform>%n अपरिवर्तित शब्द</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>बॉक्स थोड़ा खिसकाना</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>बॉक्स छिपाना</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>बॉक्स दिखाना</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>बॉक्स लॉक करना</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>बॉक्स अनलॉक करना</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>एट्रिब्यूट बदलना</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>बॉक्स पेस्ट करना</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>लेबल बदलना</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>पिछले कार्य के बॉक्स कॉपी करना</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>प्रोजेक्ट निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;प्रोजेक्ट:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;फ़ॉर्मेट:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;यहाँ सहेजें:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>प्रोजेक्ट चुनें</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>निर्यात करने के लिए प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>निर्यात फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>निर्यात कहाँ सहेजें</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>चुनें कि निर्यात कहाँ सहेजा जाए</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>निर्यात की प्रगति</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>निर्यात की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;निर्यात करें</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>फ़ोल्डर &amp;खोलें</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>निर्यात का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (लेबल फ़ाइलों का फ़ोल्डर)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (XML फ़ाइलों का फ़ोल्डर)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: हर सबमिशन (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>प्रशिक्षण के लिए पसंद के जोड़े: प्रॉम्प्ट, चुना गया, अस्वीकृत (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>पसंद के जोड़े</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>फ़ाइन-ट्यूनिंग के लिए पुनर्लेखन: बातचीत और उत्तर (एक फ़ाइल)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>फ़ाइन-ट्यूनिंग डेटा</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>निर्यात के लिए प्रोजेक्ट और फ़ॉर्मेट चुनें।</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>चुनें कि निर्यात कहाँ सहेजा जाए।</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 एक फ़ाइल है; इस फ़ॉर्मेट के लिए फ़ोल्डर चाहिए।</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>फ़ोल्डर %1 खाली नहीं है। क्या इसमें निर्यात करें? समान नाम वाली फ़ाइलें बदल दी जाएँगी।</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 पहले से मौजूद है। क्या इसे बदलें?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>%1 को %2 के रूप में निर्यात किया गया: %3 में %n फ़ाइल।</numerusform>
            <numerusform>%1 को %2 के रूप में निर्यात किया गया: %3 में %n फ़ाइलें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>%1 को %2 के रूप में %3 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>निर्यात रद्द किया गया। कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>इस प्रोजेक्ट को इस फ़ॉर्मेट में निर्यात नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>आपको %1 में लिखने की अनुमति नहीं है; कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>निर्यात नहीं लिखा जा सका: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>निर्यात अनपेक्षित रूप से विफल हो गया; विवरण लॉग में है।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>यहाँ निर्यात करें</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>कैश अभी खुला नहीं है; कुछ क्षण बाद फिर से प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>खोजा जाने वाला टेक्स्ट</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>इससे बदलें</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>नया टेक्स्ट</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>केस मिलाएँ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>अगला खोजें</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>यह मिलान बदलें</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>सभी बदलें</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>सभी मिलान बदलें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>खोज बार बंद करें</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n बदला गया</numerusform>
            <numerusform>%n बदले गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>बॉक्स खिसकाना</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>बॉक्स का आकार बदलना</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>दिशानिर्देश</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;दिशानिर्देश</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>प्रोजेक्ट के दिशानिर्देश दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>दिशानिर्देशों में खोजें</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n मिलान</numerusform>
            <numerusform>%n मिलान</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>कोई मिलान नहीं</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n वर्ण</numerusform>
            <numerusform>%n वर्ण</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>लेबल खोजें</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LabelStudioBanner</name>
    <message>
        <source>This is a Label Studio server: it does not reserve tasks. Someone else may annotate a task you took offline in the meantime; your work is kept and shown as late then.</source>
        <translation>यह Label Studio सर्वर है: यह कार्य आरक्षित नहीं करता। आपके ऑफ़लाइन लिए गए कार्य को इस बीच कोई और एनोटेट कर सकता है; तब आपका काम रखा जाता है और देर से आया दिखाया जाता है।</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Label Studio सूचना</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>ऐप फिर से शुरू होने तक यह सूचना छिपाएँ</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Label Studio सूचना हटाएँ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>%2 में से %1 सिंक हो रहा है</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>इस संस्करण में सिंक उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>सबमिशन की समीक्षा (&amp;R) (Label Studio सर्वर पर नहीं)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>Label Studio सर्वर पर QA समीक्षा उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>कार्य और संपादक</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>केवल QA लीड ही सबमिशन की समीक्षा कर सकते हैं। QA लीड खाते से साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>सं&amp;पादन</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;कार्य</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;सिंक</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>स&amp;हायता</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>संपादक &amp;टूल</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>चयनित बॉक्स के एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>इस लेबल के सभी बॉक्स छिपाएँ</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>बॉक्स %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>कैश अभी खुला नहीं है; कुछ क्षण बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>छवियों का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>%1 में कोई छवि नहीं मिली।</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>%1 में classes.txt नहीं है।
लेबल टाइप करें, प्रति पंक्ति एक:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>फ़ोल्डर नहीं खोला जा सका: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>अन्य एनोटेटरों के पुनर्लेखन</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>नोट्स: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>अभी कोई कार्य नहीं है। किसी कार्य सर्वर में साइन इन करें (सिंक ▸ साइन इन करें…) या चित्रों का फ़ोल्डर खोलें (फ़ाइल ▸ फ़ोल्डर खोलें…)।</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>शुरू करने के लिए सूची से कोई कार्य चुनें।</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>कार्य संपादक</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>इस प्रकार के कार्य के लिए अभी कोई संपादक नहीं है; इसे केवल पढ़ने के लिए दिखाया गया है।</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>कार्य का मूल डेटा</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>इस प्रकार के कार्य ऐप के इस संस्करण से सबमिट नहीं किए जा सकते।</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n शब्द</numerusform>
            <numerusform>%n शब्द</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>समीक्षा नमूना चेक आउट करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>इस सर्वर पर केवल QA लीड ही सबमिशन की समीक्षा कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>बदलाव आवश्यक</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>समीक्षा नहीं हुई</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>सर्वर ने अस्वीकार किया</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>कार्य: %1 (%2) · एनोटेटर: %3 · सक्रिय समय: %4 · सबमिशन का समय: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>यह कार्य इन्होंने भी किया: %1 (साथ में दिखाया गया)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>निर्णय: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>निर्णय: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>QA समीक्षा</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>अगला सबमिशन</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>पिछला सबमिशन</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>स्वीकार करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>टिप्पणी लिखें</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>नमूना सूची दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>नया नमूना…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>समीक्षा बंद करें</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>नमूने के सबमिशन</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>सबमिशन का विवरण</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>नमूना</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>समीक्षा की स्थिति</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>नमूना सूची और सबमिशन</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>कैश किया गया नमूना लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>नमूना और उसकी छवियाँ चेक आउट की जा रही हैं…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>इस नमूने में कोई सबमिशन नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n सबमिशन तैयार है; J और K से आगे-पीछे जाएँ।</numerusform>
            <numerusform>%n सबमिशन तैयार हैं; J और K से आगे-पीछे जाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>कुछ छवियाँ डाउनलोड नहीं की जा सकीं।</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>अभी कोई नमूना चेक आउट नहीं किया गया (नए के लिए Ctrl+N)।</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>प्रोजेक्ट %1 · सीड %2 · %4 में से %3 · %5 की समीक्षा हुई</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>निर्णय चुनें: A स्वीकार, C बदलाव आवश्यक, R अस्वीकार।</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>निर्णय सहेजा गया (ऑफ़लाइन भी); इसे अगले सिंक में भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>फिर से संपादित करें</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>इस कार्य में संशोधन शुरू करें; सबमिट करने पर नया संस्करण भेजा जाता है।</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>सबमिशन की स्थिति</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>सबमिट किया गया (संस्करण %1)। केवल पढ़ने के लिए: संशोधन करने के लिए “फिर से संपादित करें” चुनें।</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>आपने यह कार्य छोड़ दिया (%1)। यह केवल पढ़ने के लिए है।</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>आपने यह कार्य छोड़ दिया। यह केवल पढ़ने के लिए है।</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>संशोधन: सबमिट करने पर संस्करण %1 भेजा जाएगा; पिछले संस्करण रखे जाते हैं।</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>बोल्ड</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>इटैलिक</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>इनलाइन कोड</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>कोड ब्लॉक</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>शीर्षक 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>शीर्षक 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>शीर्षक 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>सामान्य टेक्स्ट</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>बुलेट सूची</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>क्रमांकित सूची</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>लिंक…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>सादे टेक्स्ट के रूप में पेस्ट करें</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>खोजें…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>अगला बदलाव</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>पिछला बदलाव</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>बदलाव वापस लें</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>ड्राफ़्ट पर रीसेट करें</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>वर्तनी जाँचें</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>मॉडल का ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>आपका पुनर्लेखन</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>फ़ॉर्मेटिंग</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;नोट्स</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>समीक्षक के लिए नोट्स (वैकल्पिक)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>पुनर्लेखन अभी भी ड्राफ़्ट जैसा ही है।</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>बदलाव और अन्य पुनर्लेखन</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>अन्य एनोटेटर</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>इस कार्य का डेटा मान्य नहीं है; इसे संपादित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>पुनर्लेखन खाली है।</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>पुनर्लेखन ड्राफ़्ट जैसा ही है: इसे संपादित करें, या नोट्स में बताएँ कि ड्राफ़्ट में बदलाव की ज़रूरत क्यों नहीं है।</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>पता (http या https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>केवल http और https पतों का ही लिंक बनाया जा सकता है।</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 शब्द · %2 वर्ण</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>लिंक खोलें?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>यह पता अपने वेब ब्राउज़र में खोलें?

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>नया समीक्षा नमूना</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;प्रोजेक्ट:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>नमूने का आकार:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;प्रतिशत</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>सबमिशन के एक प्रतिशत का नमूना लें</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>सबमिशन का हिस्सा, प्रतिशत में</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;संख्या</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>निश्चित संख्या में सबमिशन का नमूना लें</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>सबमिशन की संख्या</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>&amp;एनोटेटर:</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>केवल इस एनोटेटर के सबमिशन</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>कोई भी एनोटेटर</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;सीड:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>समान प्रोजेक्ट, आकार, एनोटेटर और सीड से वही नमूना मिलता है। ऑफ़लाइन समीक्षा के लिए नमूना और उसकी छवियाँ इस कंप्यूटर पर रखी जाती हैं।</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>चेक आउट करें</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>नमूना चेक आउट करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>अभी कोई प्रोजेक्ट नहीं है: ऑनलाइन रहते हुए एक बार सिंक करें, फिर दोबारा प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>सर्वर अनुरोध नहीं पढ़ सका।</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>सर्वर ने सबमिशन अस्वीकार कर दिया: कुछ मान मान्य नहीं हैं।</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>आपका साइन-इन समाप्त हो गया है। कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>आपका साइन-इन कहीं और उपयोग हुआ और समाप्त हो गया है। कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>आपको इस सर्वर पर ऐसा करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>अनुरोधित वस्तु सर्वर पर नहीं है।</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>सर्वर के पास इस कुंजी के अंतर्गत पहले से एक अलग सबमिशन है।</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>इस कार्य पर आपका समय समाप्त हो गया और यह किसी और को दे दिया गया।</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>सर्वर के पास इसका नया संस्करण पहले से है।</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>सर्वर की बदलाव सूची रीसेट हो गई; फिर से सिंक हो रहा है।</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>यह इतना बड़ा है कि सर्वर इसे स्वीकार नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>बहुत अधिक प्रयास। एक मिनट रुककर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>सर्वर व्यस्त है। थोड़ी देर में फिर से प्रयास किया जाएगा।</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>एक डाउनलोड जारी नहीं रखा जा सका; यह शुरू से फिर आरंभ होगा।</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>सर्वर ने किसी दूसरे पते पर रीडायरेक्ट किया: सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>सर्वर ने जवाब देने में बहुत देर लगाई। आपका काम रखा गया है और बाद में भेजा जाएगा।</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>सर्वर ने ऐसा जवाब भेजा जिसका यह ऐप उपयोग नहीं कर सकता। सर्वर का पता जाँचें या सर्वर के व्यवस्थापक को बताएँ।</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>सर्वर ने अनुमति से बड़ा जवाब भेजा। सर्वर का पता जाँचें या सर्वर के व्यवस्थापक को बताएँ।</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>सर्वर लगातार बदलाव भेज रहा है; सिंक रोक दिया गया। जो मिला है वह रखा गया है; बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>बिना एन्क्रिप्शन वाला http केवल इसी कंप्यूटर के लिए उपयोग होता है। https:// वाला सर्वर पता उपयोग करें।</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>एक छवि अनुमत आकार से बड़ी है और डाउनलोड नहीं की गई।</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>एक छवि क्षतिग्रस्त रूप में मिली; इसे अगले सिंक में फिर से डाउनलोड किया जाएगा।</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>सर्वर ने %1 पर रीडायरेक्ट किया: सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>छवि का आकार कार्य की छवि से अलग है।</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>पुनर्लेखन खाली है।</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>उत्तर किस क्रम में दिखाए गए थे, यह जानकारी नहीं है।</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>किसी मानदंड की रेटिंग नहीं दी गई (%1)।</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>कोई रेटिंग अपने स्केल से बाहर है (%1)।</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>औचित्य बहुत छोटा है।</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>सर्वर किसी फ़्लैग को नहीं पहचानता।</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>एक बॉक्स में ऐसा एट्रिब्यूट है जिसे यह प्रोजेक्ट परिभाषित नहीं करता (%1)।</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>एक बॉक्स एट्रिब्यूट का मान ऐसा है जिसकी यह प्रोजेक्ट अनुमति नहीं देता (%1)।</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>एक आवश्यक मान मौजूद नहीं है (%1)।</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>कोई पसंद नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>इस कार्य में क्रम दिया जाता है, पसंद के पैमाने पर आँका नहीं जाता।</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>उत्तरों को क्रम नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>इस कार्य को पसंद के पैमाने पर आँका जाता है, क्रम नहीं दिया जाता।</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>हर उत्तर को क्रम नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>एक उत्तर को एक से अधिक बार क्रम दिया गया है।</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>क्रम में एक स्थान खाली है।</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>क्रम में ऐसा उत्तर है जो इस कार्य में नहीं है।</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>किसी उत्तर को ऐसे मानदंड पर आँका गया है जो इस परियोजना में नहीं है (%1)।</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>एक रेटिंग में ऐसा उत्तर है जो इस कार्य में नहीं है (%1)।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>सर्वर URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>ऑटोसेव विलंब (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA बंडल (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>ऑफ़लाइन रखे जाने वाले कार्य</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA बंडल फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA बंडल चुनें</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>प्रमाणपत्र (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>सिंक शुरू नहीं हो सका; ऑफ़लाइन काम जारी है।</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>मेनू</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>शॉर्टकट खोजें</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>व्यक्तिगत एक्सेस टोकन</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>यह Label Studio ▸ Account &amp; Settings ▸ Personal Access Token में मिलेगा।</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>टोकन कहाँ मिलेगा</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>साइन-इन स्थिति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;सर्वर:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;उपयोगकर्ता:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;पासवर्ड:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>अपना व्यक्तिगत एक्सेस टोकन दर्ज करें।</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>यह व्यक्तिगत एक्सेस टोकन नहीं है। इसे Label Studio ▸ Account &amp; Settings ▸ Personal Access Token से कॉपी करें।</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio ने यह टोकन अस्वीकार कर दिया। Account &amp; Settings ▸ Personal Access Token से मौजूदा टोकन कॉपी करें।</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>खराब कार्य</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>अस्पष्ट</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>मेरी विशेषज्ञता नहीं</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>कार्य में ही कुछ गड़बड़ है: कोई छवि गायब है, पाठ कटा हुआ है</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>कार्य या उसके निर्देश स्पष्ट नहीं हैं</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>यह कार्य किसी अन्य ज्ञान वाले व्यक्ति को करना चाहिए</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>कोई अन्य कारण: नीचे बताएँ</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>कार्य छोड़ें</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>आप “%1” क्यों छोड़ रहे हैं? 1 से 4 दबाएँ।</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>आप यह कार्य क्यों छोड़ रहे हैं? 1 से 4 दबाएँ।</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>आप यह कार्य क्यों छोड़ रहे हैं?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>कारण बताएँ (अन्य के लिए आवश्यक)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>कारण (अन्य के लिए)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>छोड़ें या रद्द करें</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>“%1” को अनदेखा करें</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop इस डेटा फ़ोल्डर के साथ पहले से चल रहा है (प्रोसेस %1)।
उस विंडो पर जाएँ, या किसी अन्य फ़ोल्डर के साथ शुरू करें (--data-dir)।
लॉक फ़ाइल: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>डेटा फ़ोल्डर %1 में लिखा नहीं जा सकता।
इसकी अनुमतियाँ जाँचें, या किसी अन्य फ़ोल्डर के साथ शुरू करें (--data-dir)।</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>कैश %1 annotator-desktop के नए संस्करण ने लिखा था।
नया संस्करण इंस्टॉल करें; फ़ाइल में कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>कैश %1 किसी अन्य प्रोग्राम ने लॉक किया हुआ है।
annotator-desktop की अन्य प्रतियाँ बंद करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>कैश %1 में लिखा नहीं जा सकता।
फ़ाइल और उसके फ़ोल्डर की अनुमतियाँ जाँचें, या --data-dir का उपयोग करें।</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>कैश %1 क्षतिग्रस्त है और खोला नहीं जा सका। इसे जस का तस रखा गया है।</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>कैश %1 खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>कैश क्षतिग्रस्त था। इसे अलग हटाकर इस नाम से रखा गया है:
%1
%2 पर एक नया, खाली कैश बनाया गया। जो ड्राफ़्ट केवल क्षतिग्रस्त फ़ाइल में थे, उन्हें रखी गई प्रति से पुनर्प्राप्त किया जा सकता है।</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>सेटिंग्स फ़ाइल %1 annotator-desktop के नए संस्करण ने लिखी थी।
फ़िलहाल डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं; फ़ाइल में कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>सेटिंग्स फ़ाइल %1 पढ़ी नहीं जा सकी।
फ़िलहाल डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं; फ़ाइल में कोई बदलाव नहीं किया गया है।</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>प्रगति में</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>समीक्षा की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>बदलाव आवश्यक</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>विरोध</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>किसी कार्य के सभी आकलन</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>यह कार्य कैश में नहीं है।</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1% (%3 में से %2; 95% अंतराल %4–%5%)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>आकलन किए गए उन जोड़ों में से, जिनके दोनों उत्तर किसी संकेत में भिन्न हैं, वह हिस्सा जिसमें पहले दिखाया गया उत्तर, लंबा उत्तर और अधिक फ़ॉर्मेटिंग वाला उत्तर (शीर्षक, सूचियाँ, बोल्ड, इमोजी) चुना गया। निष्पक्ष आकलन 50% के आसपास होगा; ⚠ उस हिस्से को चिह्नित करता है जिसके 95% अंतराल में 50% शामिल नहीं है। बराबर और छोड़े गए जोड़े नहीं गिने जाते।</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>प्रति एनोटेटर पूर्वाग्रह ऑडिट</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>पहले दिखाया गया चुना</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>लंबा चुना</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>अधिक फ़ॉर्मेटिंग वाला चुना</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>सभी एनोटेटर</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>95% अंतराल में 50% शामिल नहीं है: संभावित पूर्वाग्रह।</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>सबसे अधिक मतभेद वाले कार्य</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>आकलन</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>मतभेद</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>आकलन पढ़ें…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>चयनित कार्य के सभी आकलन पढ़ें</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>मतभेद: दो एनोटेटरों ने कितनी बार उत्तरों के किसी जोड़े का अलग-अलग आकलन किया (0 सभी सहमत, 1 हमेशा विपरीत)। मतभेद रखा जाता है, कभी वोट से हटाया नहीं जाता।</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>प्रोजेक्ट आँकड़े</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>आँकड़े रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>स्थिति के अनुसार गिनती</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>प्रति एनोटेटर निर्णय</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>प्रति एनोटेटर आँकड़े</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>प्रति एनोटेटर</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>स्थिति, लंबाई और फ़ॉर्मेटिंग का पूर्वाग्रह</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>सबसे अधिक मतभेद वाले कार्य</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>सबमिट किए गए</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>स्वीकृति दर</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>सक्रिय समय</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>बदलाव आवश्यक / अस्वीकृत</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>कैश में अभी कोई प्रोजेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>सबमिशन</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n कार्य</numerusform>
            <numerusform>%n कार्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n सबमिशन</numerusform>
            <numerusform>%n सबमिशन</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>कोई कार्य छोड़ा नहीं गया।</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>छोड़े गए: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>सर्वर से प्राप्त आँकड़े, प्रोजेक्ट के सभी एनोटेटरों के लिए।</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता।</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>सर्वर के आँकड़े केवल QA लीड को मिलते हैं।</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>सर्वर के आँकड़े लोड नहीं किए जा सके।</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>कैश किए गए सबमिशन से इस कंप्यूटर पर गणना की गई। %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>दो या अधिक एनोटेटरों द्वारा किए गए कार्य</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>बॉक्स सहमति (IoU-मिलान F1, 1 = समान बॉक्स)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>वरीयता सहमति (Krippendorff का अल्फ़ा)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>पुनर्लेखन दूरी (सामान्यीकृत संपादन, 0 = समान)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>पिछला सिंक</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>इस कार्य पर सक्रिय समय</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>साइन इन नहीं है (ऑफ़लाइन)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>भेजने के लिए %n</numerusform>
            <numerusform>भेजने के लिए %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>पिछला सिंक: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>सक्रिय: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: %2 पूर्ण, %3 शेष · आज: %4 सबमिट किए गए, %5 सक्रिय</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>सभी प्रोजेक्ट</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 के रूप में साइन इन किया गया।</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>साइन आउट किया गया।</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट किया गया</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>डाउनलोड किए गए कार्य इस कंप्यूटर से भी हटाएँ?</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>जो ड्राफ़्ट और सबमिशन अभी भेजे नहीं गए हैं, वे खो जाएँगे। सुरक्षा के लिए उन्हें रखें।</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>कैश खाली कर दिया गया।</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>सिंक रद्द किया गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n कार्य ऑफ़लाइन लिया गया।</numerusform>
            <numerusform>%n कार्य ऑफ़लाइन लिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>कोई सुरक्षित पासवर्ड स्टोर उपलब्ध नहीं है: आप ऐप बंद होने तक ही साइन इन रहेंगे।</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>सिंक पूरा: %1 भेजे गए, %2 बदलाव प्राप्त हुए, %3 प्रतीक्षा में।</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>बहुत अधिक प्रयास। एक मिनट रुककर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता। आपका काम सुरक्षित है और बाद में भेजा जाएगा।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>सर्वर का पता, अपना उपयोगकर्ता नाम और पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>सर्वर व्यस्त है। थोड़ी देर में फिर से प्रयास किया जाएगा।</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>आपको इस सर्वर पर ऐसा करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>सर्वर को यह पता ज्ञात नहीं है। URL जाँचें।</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>सर्वर ने त्रुटि लौटाई (%1)।</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>सिंक विफल: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>सिंक समस्याएँ</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>अलग रखे गए बदलाव</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति का समय</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>सर्वर से आए %n बदलाव का उपयोग नहीं किया जा सका और उसे अलग रख दिया गया। बाकी सब सिंक हो गया। अगर यह समस्या बनी रहे, तो सर्वर के व्यवस्थापक को बताएँ।</numerusform>
            <numerusform>सर्वर से आए %n बदलावों का उपयोग नहीं किया जा सका और उन्हें अलग रख दिया गया। बाकी सब सिंक हो गया। अगर यह समस्या बनी रहे, तो सर्वर के व्यवस्थापक को बताएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>कोई समस्या नहीं: सर्वर से आए सभी बदलावों का उपयोग किया गया।</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>कार्य ऑफ़लाइन लें</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>प्रोजेक्ट पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>अभी कोई प्रोजेक्ट नहीं है। पहले साइन इन करें और सिंक करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>अभी %n कार्य ऑफ़लाइन है</numerusform>
            <numerusform>अभी %n कार्य ऑफ़लाइन हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>%1 के लिए कार्यों की संख्या</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>ऑफ़लाइन लें</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>%1 के कार्य ऑफ़लाइन लें</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>कार्य ऑफ़लाइन लिए जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n कार्य ऑफ़लाइन लिया गया।</numerusform>
            <numerusform>%n कार्य ऑफ़लाइन लिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>कनेक्शन नहीं है: सर्वर उपलब्ध होने पर कार्य ऑफ़लाइन लिए जा सकते हैं।</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>प्रोजेक्ट के अनुसार फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>स्थिति के अनुसार फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>कार्य खोजें</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>सबमिट किया गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>बदलाव आवश्यक</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>विलंबित या विरोध</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>सभी प्रोजेक्ट</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%2 में से %1 कार्य</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>विरोध</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>बॉक्स</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>पुनर्लेखन</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>कार्य %1 अब कैश में नहीं है।</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>यह कार्य दिखाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>कार्य खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>ड्राफ़्ट सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>इस कार्य की समीक्षा हो चुकी है और यह बंद है; इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>सबमिशन सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>इस फ़ोल्डर प्रोजेक्ट में पूर्ण के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>सबमिट किया गया। सर्वर के जवाब देते ही इसे भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>सबमिट करने के लिए तैयार नहीं</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>सबमिट करने से पहले इन्हें ठीक करें:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>यह कार्य बंद है या जमा हो चुका है; इसे छोड़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>छोड़ना सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>छोड़ दिया गया। सर्वर के जवाब देते ही कारण भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>छोड़ दिया गया। कारण इस फ़ोल्डर प्रोजेक्ट में रखा गया है।</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>QA द्वारा स्वीकृत</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>QA ने बदलाव का अनुरोध किया</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>QA द्वारा अस्वीकृत</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>एक QA लीड</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>पिछला निर्णय: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>काम भेजे जाने से पहले ही इस कार्य पर आपकी लीज़ समाप्त हो गई। इसे सबमिट करें; सर्वर इसे विलंबित के रूप में रखेगा।</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>लीज़ की समाप्ति: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>QA निर्णय</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>निर्णय अभी के लिए छिपाएँ</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>QA निर्णय छिपाएँ</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>समीक्षक की टिप्पणी</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>पिछला निर्णय: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%1 द्वारा %2 को समीक्षा की गई</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>%1 द्वारा समीक्षा की गई</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(कोई टिप्पणी नहीं)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>आपका संशोधित सबमिशन समीक्षा की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>कार्य में संशोधन करें और इसे फिर से सबमिट करें।</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>यह कार्य बंद है; यह केवल पढ़ने के लिए खुलता है।</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>एनोटेटर के लिए टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>स्वीकार करें (&amp;A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>यह सबमिशन स्वीकार करें</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>बदलाव आवश्यक (&amp;C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>एनोटेटर से यह सबमिशन संशोधित करने को कहें</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>अस्वीकार करें (&amp;R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>यह सबमिशन अस्वीकार करें</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>क्या बदलना है? टाइप करें, फिर Enter दबाएँ (Esc से रद्द)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>इसे अस्वीकार क्यों किया गया? टाइप करें, फिर Enter दबाएँ (Esc से रद्द)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>टिप्पणी (स्वीकार के लिए वैकल्पिक; लिखने के लिए /, छोड़ने के लिए Esc)</translation>
    </message>
</context>
</TS>
