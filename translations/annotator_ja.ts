<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>annotator-desktop について</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>アプリケーションのアイコン</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop バージョン %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Apache License バージョン 2.0 (%1) の下でライセンスされています。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>データの保存先: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>データフォルダーのパスをコピー</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データフォルダーを開きます</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>フォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>プロジェクトのアノテーションを COCO、YOLO、Pascal VOC、JSON Lines 形式でエクスポート</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>アプリを終了</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>直前の編集を元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>元に戻した編集をやり直す</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>タスクを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>タスク一覧を検索</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>前のタスク(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>前のタスクへ移動</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>次のタスク(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>次のタスクへ移動</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提出(&amp;U)</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>このタスクを確認して提出</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>このタスクをいったんスキップ</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>提出内容をレビュー(&amp;R)…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>提出内容のサンプルを抜き取り検査（QA リード向け）</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>プロジェクトの統計(&amp;T)…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>プロジェクトごとの件数・処理速度・承認率・一致度</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>タスクサーバーにサインイン</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>今すぐ送受信</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>タスクをオフライン用に取得(&amp;T)…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>オフラインで作業するタスクをチェックアウト</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>同期を中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>実行中の同期を中止</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>問題(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>サーバーからの変更のうち、適用できなかったものを表示</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>すべてのショートカットを表示</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>annotator-desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>このアプリについて</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>ラベル「%1」を選択</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>描画モード（2 回クリックまたはドラッグで描画）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>画像をビューに合わせる</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>実際のサイズ（1:1）</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>選択したボックスを削除</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>すべてのボックスを選択</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>選択したボックスをコピー</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>コピーしたボックスを貼り付け</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>ボックスを非表示（押している間）</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>前のタスクのボックスをコピー</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>この画像にラベル対象なし</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>左へ 1 px 微調整</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>右へ 1 px 微調整</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>上へ 1 px 微調整</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>下へ 1 px 微調整</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>左へ 10 px 微調整</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>右へ 10 px 微調整</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>上へ 10 px 微調整</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>下へ 10 px 微調整</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>ボックスを描画</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>ボックスを削除</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>ラベル対象なし</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>画像とボックス</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>この画像にラベル対象なし</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>描画モード: ドラッグするか 2 つの角をクリックして、ボックスを描画します。Esc で終了します。</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>ボックス %1 のサイズがゼロです。</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>ボックス %1 が画像の外にあります。</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>ボックス %1 にラベルがありません。</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>ボックス %1 のラベルはこのタスクでは使用できません。</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>ボックスを 1 つ以上描画するか、「この画像にラベル対象なし」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>「この画像にラベル対象なし」にチェックが入っていますが、ボックスがあります。</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>この結果は提出できません。</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>画像はまだダウンロードされていません。届きしだい、ここに表示されます。</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>この画像は大きすぎるため、安全に開けません（上限は %1 メガピクセル）。</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>このファイルは、アプリで読み込める画像形式ではありません。</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>画像ファイルが破損しているか不完全なため、表示できません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>ラベル: %1 · %n 個選択 · ズーム %2% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>このコードブロックをコピー (%1)。Tab で次のコードブロックへ移動します。</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>コードブロックをコピー</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>コードブロックをコピー</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>選好 %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>選択した回答を %1 位にする</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>選好スケールへ移動</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>根拠へ移動</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>両方の回答を連動スクロール（オン/オフ）</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>差分を強調表示（オン/オフ）</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>選好:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>評価基準:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>順位:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>回答ごと:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>根拠: 一方が優れている（または両方とも悪い）理由は？</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>A と B の選好（キー 1～7）</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>判断の理由をご自身の言葉で説明してください。</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>選好が未選択です（キー 1～7）</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 文字（%2 文字以上）</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>有効な選好がありません</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>有効な順位がありません</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1 位: %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>このタスクのすべての判断（並べて表示）</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>このタスクのすべての判断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>%1 の判断</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>サーバーが前回の提出を拒否しました: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>比較タスクが読み込まれていません。</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>この提出内容</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>この比較タスクは破損しているため表示できません。報告してください。</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>このタスクの 2 つの回答の ID が同じです。このタスクを報告してください。</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>どちらの回答が優れているか、または「同等」を選んでください（キー 1～7）。</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>回答 %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>根拠が短すぎます: %1 文字（%2 文字以上が必要）。</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>結果が無効です: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>「%1」は評価できません: 範囲が無効です。このタスクを報告してください。</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>「%1」を評価してください（%2～%3）。</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>「%1」は %2～%3 の範囲で評価してください。</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>すべての回答に順位を付けてください（1～9 キーまたはドラッグ）。未設定: %1。</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2～%3）</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>%1 を %2～%3 で評価。キー: 数字、矢印、Delete</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>回答 %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>回答 %2 の%1</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>回答 A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>回答 B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>連動スクロール</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>両方の回答を連動スクロール</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>差分を強調表示</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>回答の異なる箇所を強調表示</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A がはるかに良い</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A が良い</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A がやや良い</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>同等: ほぼ同じ</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B がやや良い</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B が良い</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B がはるかに良い</translation>
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
        <translation>同等</translation>
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
        <translation>両方の回答が不適切</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>専門家の判断が必要</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>有害なコンテンツ</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>判断できない</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>判断を変更</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>順位なし</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>%1 位（同順位）</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>回答の順位（上位から）</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>1～9 キーで選択した回答に順位を付けます（同じ順位は同順位扱い）。ドラッグで並べ替え、Delete で順位を解除します。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>%1 のターン</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>折りたたむ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>このターンを折りたたむ</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>このターンを展開</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>会話の以前のターン</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>ユーザーの最後のメッセージ</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>変更を左右に並べて表示</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>変更のないテキストも表示</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>下書きとの差分</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>削除箇所を含む下書き</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>挿入箇所を含むリライト</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較中…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 語 · 変更 %3 件 · 編集距離 %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>書式</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>変更なし %n 語</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>ボックスを微調整</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>ボックスを非表示</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>ボックスを表示</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>ボックスをロック</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>ボックスのロックを解除</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>属性を変更</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>ボックスを貼り付け</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>ラベルを変更</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>前のタスクのボックスをコピー</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>プロジェクトをエクスポート</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>プロジェクトを選択</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>エクスポートするプロジェクト</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>エクスポートの保存先</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>エクスポートの保存先を選択</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状態</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>エクスポート先のフォルダーを開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON（1 ファイル）</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO（ラベルファイルのフォルダー）</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC（XML ファイルのフォルダー）</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: すべての提出内容（1 ファイル）</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>学習用の好みのペア：プロンプト、選択、却下（1 ファイル）</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>好みのペア</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>ファインチューニング用の書き直し：会話と応答（1 ファイル）</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>ファインチューニング用データ</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>エクスポートするプロジェクトと形式を選択してください。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>エクスポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 はファイルです。この形式ではフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>フォルダー %1 は空ではありません。このフォルダーにエクスポートしますか？ 同じ名前のファイルは置き換えられます。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>%1 を %2 形式でエクスポートしました: %3 に %n 個のファイル。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>%1 を %2 形式で %3 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>このプロジェクトはこの形式ではエクスポートできません: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>%1 への書き込みは許可されていません。別の場所を選択してください。</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>エクスポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>エクスポートが予期せず失敗しました。詳細はログを確認してください。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
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
        <translation>キャッシュがまだ開かれていません。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>この一致箇所を置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>一致箇所をすべて置換</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>ボックスを移動</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>ボックスのサイズを変更</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>ガイドライン</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>ガイドライン(&amp;G)</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>プロジェクトのガイドラインの表示/非表示</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>ガイドライン内を検索</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>ラベルを検索</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
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
        <translation>これは Label Studio サーバーで、タスクを予約しません。オフライン用に取ったタスクを、その間に他の人が注釈する場合があります。その場合もあなたの作業は保持され、「遅延」と表示されます。</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Label Studio のお知らせ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>アプリを再起動するまでこのお知らせを隠す</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Label Studio のお知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>同期中 %1/%2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>このバージョンでは同期を利用できません。</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>提出物をレビュー(&amp;R) (Label Studio サーバーでは不可)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>Label Studio サーバーでは QA レビューを利用できません。</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>タスクとエディター</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>提出内容をレビューできるのは QA リードのみです。QA リードのアカウントでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>エディターツール(&amp;E)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>選択したボックスの属性</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>このラベルのボックスをすべて非表示</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>ボックス %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>キャッシュがまだ開かれていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>%1 に画像が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>%1 に classes.txt がありません。
ラベルを 1 行に 1 つずつ入力してください:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>フォルダーを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>他のアノテーターのリライト</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>メモ: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>まだタスクがありません。タスクサーバーにサインインするか（同期 ▸ サインイン…）、画像のフォルダーを開いてください（ファイル ▸ フォルダーを開く…）。</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>一覧からタスクを選んで開始してください。</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>タスクエディター</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>この種類のタスクにはまだエディターがないため、読み取り専用で表示しています。</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>タスクの生データ</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>この種類のタスクは、このバージョンのアプリからは提出できません。</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>レビューサンプルをチェックアウトするには、サインインしてください。</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>このサーバーで提出内容をレビューできるのは QA リードのみです。</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>サーバーが拒否</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>タスク: %1（%2） · アノテーター: %3 · 作業時間: %4 · 提出日時: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>他のアノテーター: %1（横に並べて表示）</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>判定: %1（%2）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>QA レビュー</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>次の提出内容</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>前の提出内容</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>コメントを入力</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>サンプル一覧の表示/非表示</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>新しいサンプル…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>レビューを閉じる</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>サンプル内の提出内容</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>提出内容の詳細</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>レビューの状態</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>サンプル一覧と提出内容</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>キャッシュ済みのサンプルを読み込み中…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>サンプルとその画像をチェックアウト中…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>このサンプルには提出内容がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>提出内容 %n 件の準備ができました。J と K で順に移動できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>一部の画像をダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>サンプルはまだチェックアウトされていません（新規作成は Ctrl+N）。</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>プロジェクト %1 · シード %2 · %3/%4 · レビュー済み %5 件</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>判定を選んでください: A 承認、C 要修正、R 却下。</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>判定を保存しました（オフラインでも可）。次回の同期で送信されます。</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>再編集</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>このタスクの修正を開始します。提出すると新しいバージョンが送信されます。</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>提出状態</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>提出済み（バージョン %1）。読み取り専用です。修正するには「再編集」を選択してください。</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>このタスクはスキップしました (%1)。読み取り専用です。</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>このタスクはスキップしました。読み取り専用です。</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>修正中: 提出するとバージョン %1 が送信されます。以前のバージョンは保持されます。</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>インラインコード</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>コードブロック</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>見出し 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>見出し 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>見出し 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>標準テキスト</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>番号付きリスト</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>リンク…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>プレーンテキストとして貼り付け</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>置換…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>スペルチェック</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>モデルの下書き</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>あなたのリライト</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>レビュアーへのメモ（任意）</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>リライトがまだ下書きと同じです。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>変更と他のリライト</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>他のアノテーター</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>このタスクのデータは無効なため、編集できません。</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>リライトが空です。</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>リライトが下書きと同じです。編集するか、下書きに変更が不要な理由をメモに記入してください。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>アドレス（http または https）:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>リンクにできるのは http と https のアドレスのみです。</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 語 · %2 文字</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>このアドレスを Web ブラウザーで開きますか？

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>新しいレビューサンプル</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>プロジェクト(&amp;P):</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>サンプルサイズ:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>割合(&amp;R)</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>提出内容の一定割合を抽出</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>提出内容の割合（パーセント）</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>件数(&amp;O)</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>提出内容を指定した件数だけ抽出</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>提出内容の件数</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>アノテーター(&amp;A):</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>このアノテーターの提出内容のみ</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>すべてのアノテーター</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>プロジェクト、サイズ、アノテーター、シードが同じであれば、同じサンプルになります。サンプルとその画像は、オフラインでレビューできるようにこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>チェックアウト</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>サンプルをチェックアウト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>プロジェクトはまだありません。オンライン時に一度同期してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>サーバーがリクエストを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>サーバーが提出を拒否しました: 一部の値が無効です。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>サインイン情報が別の場所で使用されたため、サインインが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>このサーバーでは、その操作は許可されていません。</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>要求されたものがサーバーにありません。</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>このキーには、既に別の提出内容がサーバーに登録されています。</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>このタスクの作業時間が切れ、他の人に割り当てられました。</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>サーバーには既に新しいバージョンがあります。</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>サーバーの変更リストがリセットされたため、再同期しています。</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>サイズが大きすぎるため、サーバーが受け付けられません。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>試行回数が多すぎます。1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>サーバーが混み合っています。まもなく再試行します。</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>ダウンロードを再開できなかったため、最初からやり直します。</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>サーバーが別のアドレスにリダイレクトしました。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>サーバーの応答に時間がかかりすぎました。作業内容は保持され、後で送信されます。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>サーバーから、このアプリで使用できない応答が返されました。サーバーのアドレスを確認するか、サーバーの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>サーバーから許容サイズを超える応答が返されました。サーバーのアドレスを確認するか、サーバーの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>サーバーから変更が送られ続けているため、同期を停止しました。受信済みの内容は保持されます。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>暗号化されていない http は、このコンピューターへの接続にのみ使用されます。https:// で始まるサーバーアドレスを使用してください。</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>許容サイズを超える画像があったため、ダウンロードしませんでした。</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>画像が破損した状態で届きました。次回の同期で再ダウンロードされます。</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>サーバーが %1 にリダイレクトしました。サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>画像サイズがタスクの画像と異なります。</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>リライトが空です。</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>回答の表示順序がありません。</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>未評価の評価基準があります（%1）。</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>評価値が範囲外です（%1）。</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>根拠が短すぎます。</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>サーバーが認識できないフラグがあります。</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>このプロジェクトで定義されていない属性を持つボックスがあります（%1）。</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>ボックスの属性に、このプロジェクトで許可されていない値があります（%1）。</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>必須の値がありません（%1）。</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>好みが選ばれていません。</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>このタスクは順位付けするもので、好みのスケールでは判定しません。</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>回答に順位が付いていません。</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>このタスクは好みのスケールで判定するもので、順位付けはしません。</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>すべての回答に順位が付いていません。</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>同じ回答に複数回順位が付いています。</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>順位に空きがあります。</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>順位に、このタスクにない回答が含まれています。</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>このプロジェクトにない基準で回答が評価されています（%1）。</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>評価に、このタスクにない回答が含まれています（%1）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>自動保存までの時間 (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA バンドル (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>オフライン用に保持するタスク数</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA バンドルファイルを選択</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA バンドルを選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>証明書 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>同期を開始できませんでした。オフラインで作業します。</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>ショートカットを検索</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人アクセストークン</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio ▸ Account &amp; Settings ▸ Personal Access Token にあります。</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>トークンの場所</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインイン状態</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>個人アクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>これは個人アクセストークンではありません。Label Studio ▸ Account &amp; Settings ▸ Personal Access Token からコピーしてください。</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio がこのトークンを拒否しました。Account &amp; Settings ▸ Personal Access Token から現在のものをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>タスクの不備</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不明確</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>専門外</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>タスク自体に問題があります (画像がない、テキストが途中で切れているなど)</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>タスクまたはその指示が不明確です</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>別の知識を持つ人が行うべきタスクです</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>その他の理由: 下に理由を書いてください</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>タスクをスキップ</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>「%1」をスキップする理由は? 1～4 を押してください。</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>このタスクをスキップする理由は? 1～4 を押してください。</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>このタスクをスキップする理由は?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>理由を入力 (「その他」では必須)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>理由 (その他)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>スキップまたはキャンセル</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>「%1」を無視</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop はこのデータフォルダーで既に実行中です（プロセス %1）。
そのウィンドウに切り替えるか、別のフォルダーで起動してください（--data-dir）。
ロックファイル: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>データフォルダー %1 に書き込めません。
アクセス権を確認するか、別のフォルダーで起動してください（--data-dir）。</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>キャッシュ %1 は新しいバージョンの annotator-desktop で書き込まれています。
新しいバージョンをインストールしてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>キャッシュ %1 は別のプログラムによってロックされています。
他に起動している annotator-desktop を終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>キャッシュ %1 に書き込めません。
ファイルとそのフォルダーのアクセス権を確認するか、--data-dir を使用してください。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>キャッシュ %1 は破損しているため開けませんでした。ファイルはそのまま保持されています。</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>キャッシュ %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>キャッシュが破損していたため、別の場所に移動して次の名前で保持しました:
%1
新しい空のキャッシュを %2 に作成しました。破損したファイルにしかなかった下書きは、保持したコピーから復元できます。</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>設定ファイル %1 は新しいバージョンの annotator-desktop で書き込まれています。
当面は既定の設定を使用します。ファイルは変更せずに保持されます。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>設定ファイル %1 を読み込めませんでした。
当面は既定の設定を使用します。ファイルは変更せずに保持されます。</translation>
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
        <translation>新規</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>レビュー待ち</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>タスクのすべての判断</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>このタスクはキャッシュにありません。</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1%（%3 件中 %2 件、95% 区間 %4～%5%）</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>2 つの回答がある手がかりで異なる判断済みのペアのうち、先に表示された回答、長い方の回答、書式の多い方の回答（見出し、リスト、太字、絵文字）を選んだ割合です。偏りのない判断なら 50% 前後になります。⚠ は 95% 区間が 50% を含まない割合を示します。「同等」とスキップされたペアは除外されます。</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>アノテーター別のバイアス監査</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>アノテーター</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>先に表示された方を選択</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>長い方を選択</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>書式の多い方を選択</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>すべてのアノテーター</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>95% 区間が 50% を含みません。バイアスの可能性があります。</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>判断が最も分かれたタスク</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>不一致度</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>判断を読む…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>選択したタスクのすべての判断を読む</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>不一致度: 2 人のアノテーターが回答のペアを異なって判断した頻度（0 は全員一致、1 は常に正反対）。不一致はそのまま保持され、多数決で消されることはありません。</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>プロジェクトの統計</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>統計を更新</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>状態別の件数</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>アノテーター別の判定</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>アノテーター別の数値</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>アノテーター別</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>位置・長さ・書式によるバイアス</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>判断が最も分かれたタスク</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>アノテーター</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>承認率</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>1 時間あたり</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>要修正 / 却下</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>キャッシュにプロジェクトがまだありません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提出内容</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>タスク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>提出 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>スキップされたタスクはありません。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>サーバーからの数値です（プロジェクトの全アノテーター分）。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>サーバーの数値を取得できるのは QA リードのみです。</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>サーバーの数値を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>キャッシュ済みの提出内容から、このコンピューターで算出しました。%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>2 人以上のアノテーターが実施したタスク</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>ボックスの一致度（IoU マッチングによる F1、1 = 同一のボックス）</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>選好の一致度（Krippendorff のアルファ）</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>リライトの距離（正規化した編集量、0 = 同一）</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>このタスクの作業時間</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>未サインイン（オフライン）</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>送信待ち %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>作業時間: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: 完了 %2 件、残り %3 件 · 今日: 提出 %4 件、作業時間 %5</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>ダウンロードしたタスクもこのコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>未送信の下書きと提出内容は失われます。安全のため、残しておくことをお勧めします。</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>キャッシュを空にしました。</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>同期を中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n 件のタスクをオフライン用に取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>安全なパスワード保存先を利用できません。サインイン状態はアプリを閉じるまでのみ保持されます。</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>同期完了: 送信 %1 件、受信した変更 %2 件、待機中 %3 件。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>試行回数が多すぎます。1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>サーバーに接続できません。作業内容は保持され、後で送信されます。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>サーバーの証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>サーバーアドレス、ユーザー名、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>サーバーが混み合っています。まもなく再試行します。</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>このサーバーでは、その操作は許可されていません。</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>サーバーがこのアドレスを認識できません。URL を確認してください。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>サーバーがエラーを返しました（%1）。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同期の問題</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>保留された変更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>サーバーからの変更 %n 件を適用できなかったため、保留しました。その他はすべて同期されました。この状態が続く場合は、サーバーの管理者に連絡してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>問題はありません。サーバーからの変更はすべて適用されました。</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>タスクをオフライン用に取得</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>プロジェクトを読み込み中…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>プロジェクトはまだありません。先にサインインして同期してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>現在オフラインのタスク: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>%1 のタスク数</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>オフライン用に取得</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>%1 のタスクをオフライン用に取得</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>タスクをオフライン用に取得中…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n 件のタスクをオフライン用に取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>未接続です: サーバーに接続できるようになると、タスクをオフライン用に取得できます。</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>プロジェクトで絞り込み</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>タスクを検索</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>期限切れまたは競合</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ済み</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%2 件中 %1 件のタスク</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>リライト</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>タスク %1 はキャッシュにもう存在しません。</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>このタスクを表示できませんでした。</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>タスクを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>このタスクはレビュー済みで終了しているため、変更できません。</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>提出内容を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>このフォルダープロジェクトで完了として保存しました。</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>提出しました。サーバーが応答しだい送信されます。</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>まだ提出できません</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>提出する前に次の点を修正してください:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>このタスクは終了済みか提出済みのため、スキップできません。</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>スキップを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>スキップしました。理由はサーバーが応答しだい送信されます。</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>スキップしました。理由はこのフォルダープロジェクトに保存されます。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>QA が承認</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>QA が修正を要求</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>QA が却下</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>QA リード</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>以前の判定: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>このタスクのリースは、作業内容が未送信のまま終了しました。提出してください。サーバーでは期限切れとして保持されます。</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>リースの期限: %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>QA の判定</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>判定を一時的に非表示</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>QA の判定を非表示</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>レビュアーのコメント</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>以前の判定: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%1 が %2 にレビュー</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>%1 がレビュー</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>（コメントなし）</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>修正した提出内容はレビュー待ちです。</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>タスクを修正して、もう一度提出してください。</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>このタスクは終了しているため、読み取り専用で開きます。</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>アノテーターへのコメント</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>この提出内容を承認</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>要修正(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>この提出内容の修正をアノテーターに依頼</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>この提出内容を却下</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>修正が必要な点を入力して Enter を押してください（Esc でキャンセル）</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>却下の理由を入力して Enter を押してください（Esc でキャンセル）</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>コメント（承認時は任意。/ で入力、Esc で終了）</translation>
    </message>
</context>
</TS>
