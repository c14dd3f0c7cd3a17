<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>关于 annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>应用程序图标</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop 版本 %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>根据 Apache 许可证 2.0 版（%1）授权。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>您的数据保存在：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>复制数据文件夹路径</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>将项目的标注导出为 COCO、YOLO、Pascal VOC 或 JSON Lines 格式</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>退出应用</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>重做上一次撤销的编辑</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>查找任务(&amp;F)</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>搜索任务列表</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>上一个任务(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>转到上一个任务</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>下一个任务(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>转到下一个任务</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>检查并提交此任务</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>暂时跳过此任务</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>审核提交内容(&amp;R)…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>抽查部分提交内容（QA 负责人）</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>项目统计(&amp;T)…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>各项目的数量、效率、通过率和一致性</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>登录任务服务器</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>立即发送和接收</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>离线领取任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>签出任务以便离线工作</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>停止正在进行的同步</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>显示来自服务器但无法应用的更改</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>显示所有快捷键</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>关于 annotator-desktop(&amp;A)</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>关于此应用</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>选择标签“%1”</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>绘制模式（点击两次或拖动即可绘制）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>使图像适应视图</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>实际大小（1:1）</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>删除所选框</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>选择所有框</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>复制所选框</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>粘贴已复制的框</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>隐藏框（按住）</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>复制上一个任务的框</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>此图像中无可标注对象</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>向左微调 1 px</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>向右微调 1 px</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>向上微调 1 px</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>向下微调 1 px</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>向左微调 10 px</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>向右微调 10 px</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>向上微调 10 px</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>向下微调 10 px</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>绘制框</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>删除框</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>无可标注对象</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>图像和框</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>此图像中无可标注对象</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>绘制模式：拖动，或点击两个角，即可绘制框。按 Esc 退出。</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>框 %1 的尺寸为零。</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>框 %1 位于图像之外。</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>框 %1 没有标签。</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>框 %1 的标签不是此任务提供的标签。</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>请至少绘制一个框，或勾选“此图像中无可标注对象”。</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>已勾选“此图像中无可标注对象”，但图像中有框。</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>无法提交此结果。</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图像…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>图像尚未下载；下载完成后会立即显示在此处。</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>此图像过大，无法安全打开（上限为 %1 百万像素）。</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>此文件不是本应用可读取的图像格式。</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>图像文件已损坏或不完整，无法显示。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>标签：%1 · 已选 %n 个 · 缩放 %2% · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>复制此代码块 (%1)。按 Tab 移到下一个代码块。</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>复制代码块</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>复制代码块</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>偏好 %1：%2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>将所选回答排为第 %1 名</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>转到偏好量表</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>转到理由</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>同步滚动两个回答（开/关）</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>突出显示差异（开/关）</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>偏好：</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>评价标准：</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>排名：</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>按回答：</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>理由：为什么其中一个更好（或两个都差）？</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>A 与 B 之间的偏好，按键 1 至 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>请用自己的话说明您的判断。</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>尚未选择偏好（按键 1–7）</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 个字符，至少 %2 个</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>没有有效的偏好</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>无有效排名</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>第 %1 名：%2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>此任务的所有判断（并排显示）</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>此任务的所有判断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>%1 的判断</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>服务器拒绝了上一次提交：%1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>未加载比较任务。</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>此提交内容</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>此比较任务已损坏，无法显示；请报告此问题。</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>此任务的两个回答 ID 相同；请报告此任务。</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>请选择哪个回答更好，或选择“持平”（按键 1–7）。</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>回答 %1：%2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>理由太短：%1 个字符，至少需要 %2 个。</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>结果无效：%1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>无法对“%1”评分：其范围无效。请报告此任务。</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>请为“%1”评分（%2 至 %3）。</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>“%1”的评分必须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>请为每个回答排名（按 1–9 键或拖动）；尚未排名：%1。</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>为 %1 评分（%2 至 %3）；按键：数字、方向键、Delete</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>回答 %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>回答 %2 的%1</translation>
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
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>同步滚动两个回答</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>突出显示差异</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>突出显示两个回答的不同之处</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A 好得多</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A 稍好</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>持平：差不多</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B 稍好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B 好得多</translation>
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
        <translation>持平</translation>
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
        <translation>两个回答都差</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>需要专家</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>有害内容</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>我无法判断</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>更改判断</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>第 %1 名（并列）</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>回答排名，最好的在前</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>按 1–9 键为所选回答设定名次（名次相同即为并列）；拖动回答可调整顺序；按 Delete 清除其名次。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>%1 消息</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>折叠此轮对话</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>展开此轮对话</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>对话中较早的轮次</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>用户的最后一条消息</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>并排显示更改</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>同时显示未更改的文本</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处更改</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>重置为草稿</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>相对于草稿的更改</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>含删除内容的草稿</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>含插入内容的改写</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 个词 · %3 处更改 · 编辑距离 %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>格式</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n 个未更改的词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>微调框</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>隐藏框</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>显示框</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>锁定框</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>解锁框</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>更改属性</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>粘贴框</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>复制上一个任务的框</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>选择项目</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>要导出的项目</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>导出的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>选择导出的保存位置</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>打开导出所在的文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON（单个文件）</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO（包含标签文件的文件夹）</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC（包含 XML 文件的文件夹）</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines：所有提交内容（单个文件）</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>用于训练的偏好对：提示、选中、拒绝（一个文件）</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>偏好对</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>用于微调的改写：对话和回复（一个文件）</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>微调数据</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>请选择要导出的项目和格式。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 是一个文件；此格式需要文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>文件夹 %1 不为空。是否导出到此文件夹？同名文件将被替换。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>已将 %1 导出为 %2：共 %n 个文件，位于 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>已将 %1 导出为 %2，保存到 %3。</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>已取消导出。未写入任何内容。</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>此项目无法以此格式导出：%1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>您无权写入 %1；请选择其他位置。</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>导出意外失败；详细信息请查看日志。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
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
        <translation>缓存尚未打开；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>查找文本</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>替换文本</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>替换此匹配项</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>替换所有匹配项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>移动框</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>调整框大小</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>显示或隐藏项目指南</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>在指南中查找</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>搜索标签</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
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
        <translation>这是 Label Studio 服务器：它不会预留任务。你离线领取的任务可能在此期间被他人标注；届时你的工作会保留，并显示为迟交。</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Label Studio 提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>在应用重启前隐藏此提示</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>关闭 Label Studio 提示</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1/%2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>此版本不支持同步。</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>审核提交(&amp;R)（Label Studio 服务器不可用）</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>Label Studio 服务器不提供 QA 审核。</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>任务和编辑器</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>只有 QA 负责人可以审核提交内容。请使用 QA 负责人账户登录。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>编辑器工具(&amp;E)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>框</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>所选框的属性</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>隐藏此标签的所有框</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>框 %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>缓存尚未打开；请稍后重试。</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>在 %1 中未找到图像。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>%1 中没有 classes.txt。
请输入标签，每行一个：</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>无法打开文件夹：%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>其他标注员的改写</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>还没有任务。请登录任务服务器（同步 ▸ 登录…），或打开一个图片文件夹（文件 ▸ 打开文件夹…）。</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>请从列表中选择一个任务开始。</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>任务编辑器</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>此类任务尚无编辑器；以只读方式显示。</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>原始任务数据</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>此版本的应用无法提交此类任务。</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>请登录以签出审核样本。</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>在此服务器上，只有 QA 负责人可以审核提交内容。</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>任务：%1（%2） · 标注员：%3 · 工作时长：%4 · 提交时间：%5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>其他标注员：%1（并排显示）</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>审核结论：%1（%2）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>审核结论：%1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>QA 审核</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>下一个提交内容</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>上一个提交内容</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>填写评论</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>显示或隐藏样本列表</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>新建样本…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>关闭审核</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>样本中的提交内容</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>提交内容详情</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>样本列表和提交内容</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>正在加载缓存的样本…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>正在签出样本及其图像…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>此样本中没有提交内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>已准备好 %n 个提交内容；按 J 和 K 逐个浏览。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>部分图像无法下载。</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>尚未签出样本（按 Ctrl+N 新建）。</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>项目 %1 · 种子 %2 · %3/%4 · 已审核 %5 个</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>请选择审核结论：A 通过，C 需修改，R 拒绝。</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>审核结论已保存（离线时同样适用）；将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>开始修改此任务；提交后将发送新版本。</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>提交状态</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>已提交（版本 %1）。只读：如需修改，请选择“重新编辑”。</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>你已跳过此任务 (%1)。它为只读。</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>你已跳过此任务。它为只读。</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>修改中：提交后将发送版本 %1；之前的版本会保留。</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>行内代码</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>代码块</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>标题 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>标题 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>标题 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>粘贴为纯文本</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处更改</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>重置为草稿</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>拼写检查</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>模型草稿</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>您的改写</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>给审核员的备注（可选）</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>改写仍与草稿相同。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>更改和其他改写</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>其他标注员</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>此任务的数据无效，无法编辑。</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>改写为空。</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>改写与草稿相同：请进行编辑，或在备注中说明草稿为何无需更改。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>地址（http 或 https）：</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>只能链接 http 和 https 地址。</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 个词 · %2 个字符</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>要在网页浏览器中打开此地址吗？

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>新建审核样本</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>样本大小：</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>比例(&amp;R)</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>按比例抽取提交内容</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>提交内容所占比例（百分比）</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>数量(&amp;O)</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>按数量抽取提交内容</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>提交内容数量</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>标注员(&amp;A)：</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>仅此标注员的提交内容</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>所有标注员</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>项目、大小、标注员和种子相同时，得到的样本也相同。样本及其图像会保存在此计算机上，以便离线审核。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>签出样本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>尚无项目：请在联网时同步一次，然后重试。</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>服务器无法读取该请求。</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>服务器拒绝了提交：部分值无效。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>您的登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>您的登录凭据已在其他地方使用，当前登录已结束。请重新登录。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>您无权在此服务器上执行该操作。</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>服务器上没有所请求的内容。</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>服务器上已有使用此键的其他提交内容。</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>您在此任务上的时间已用完，该任务已转给其他人。</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>服务器上已有更新的版本。</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>服务器的更改列表已重置；正在重新同步。</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>内容过大，服务器无法接受。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>尝试次数过多。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>服务器繁忙。稍后将自动重试。</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>无法恢复下载；将重新开始下载。</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>服务器重定向到了其他地址：请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>服务器响应时间过长。您的工作已保留，稍后将发送。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>服务器返回了本应用无法使用的响应。请检查服务器地址或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>服务器返回的响应超出了允许的大小。请检查服务器地址或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>服务器不断发送更改；同步已停止。已接收的内容会保留；请稍后重试。</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>未加密的 http 仅用于连接本机。请使用 https:// 服务器地址。</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>某张图像超出允许的大小，未下载。</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>某张图像收到时已损坏；将在下次同步时重新下载。</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>服务器重定向到了 %1：请检查服务器地址。</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>图像尺寸与任务中的图像不一致。</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>改写为空。</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>缺少回答的显示顺序。</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>有评价标准未评分（%1）。</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>有评分超出其量表范围（%1）。</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>理由太短。</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>服务器无法识别某个标记。</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>某个框包含此项目未定义的属性（%1）。</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>某个框属性的值是此项目不允许的（%1）。</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>缺少必填值（%1）。</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>尚未选择偏好。</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>此任务需要排序，而不是在偏好量表上评判。</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>回答尚未排序。</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>此任务在偏好量表上评判，而不是排序。</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>并非每个回答都已排序。</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>某个回答被排序了不止一次。</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>排序中有空位。</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>排序中包含此任务没有的回答。</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>某个回答按此项目没有的标准评分（%1）。</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>某个评分指向此任务没有的回答（%1）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>自动保存延迟（毫秒）</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA 证书包（PEM）</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>离线保留的任务数</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>无法启动同步；正在离线工作。</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>可在 Label Studio ▸ Account &amp; Settings ▸ Personal Access Token 中找到。</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>在哪里找到令牌</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>请输入你的个人访问令牌。</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>这不是个人访问令牌。请从 Label Studio ▸ Account &amp; Settings ▸ Personal Access Token 复制。</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio 拒绝了此令牌。请从 Account &amp; Settings ▸ Personal Access Token 复制当前的令牌。</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>任务有问题</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>非我专长</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>任务本身有问题：缺少图片、文字被截断</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>任务或其说明不清楚</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>应由具备其他知识的人完成此任务</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>其他原因：请在下方说明</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>跳过任务</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>为什么跳过“%1”？请按 1 到 4。</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>为什么跳过此任务？请按 1 到 4。</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>为什么跳过此任务？</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>按键 %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>说明原因（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>原因（其他）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>跳过或取消</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop 已在使用此数据文件夹运行（进程 %1）。
请切换到该窗口，或使用其他文件夹启动（--data-dir）。
锁文件：%2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>无法写入数据文件夹 %1。
请检查其权限，或使用其他文件夹启动（--data-dir）。</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>缓存 %1 由更新版本的 annotator-desktop 写入。
请安装更新的版本；该文件未被更改。</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>缓存 %1 已被其他程序锁定。
请关闭其他正在运行的 annotator-desktop 后重试。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>无法写入缓存 %1。
请检查该文件及其所在文件夹的权限，或使用 --data-dir。</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>缓存 %1 已损坏，无法打开。该文件已原样保留。</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>无法打开缓存 %1。</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>缓存已损坏。原文件已移至别处并保留为
%1
已在 %2 创建新的空缓存。仅存在于损坏文件中的草稿可以从保留的副本中恢复。</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>设置文件 %1 由更新版本的 annotator-desktop 写入。
目前使用默认设置；该文件保持不变。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>无法读取设置文件 %1。
目前使用默认设置；该文件保持不变。</translation>
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
        <translation>新任务</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>任务的所有判断</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>此任务不在缓存中。</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1%（%3 中的 %2；95% 区间 %4–%5%）</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>在两个回答于某一线索上存在差异的已判断回答对中，选择先显示的回答、较长的回答以及格式较多的回答（标题、列表、粗体、表情符号）的比例。无偏差的判断应接近 50%；⚠ 表示其 95% 区间不包含 50% 的比例。持平和跳过的回答对不计入。</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>各标注员的偏差审计</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>选择先显示的</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>选择较长的</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>选择格式较多的</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>所有标注员</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>95% 区间不包含 50%：可能存在偏差。</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>分歧最大的任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分歧度</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>查看判断…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>查看所选任务的所有判断</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>分歧度：两名标注员对一对回答作出不同判断的频率（0 表示完全一致，1 表示总是相反）。分歧会被保留，绝不会通过投票消除。</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>项目统计</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>刷新统计数据</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>各状态的数量</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>各标注员的审核结论</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>各标注员的数据</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>按标注员</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>位置、长度和格式偏差</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>分歧最大的任务</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>需修改 / 已拒绝</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>缓存中尚无项目。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交内容</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n 次提交</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>没有跳过的任务。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>来自服务器的数据，涵盖项目的所有标注员。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>只有 QA 负责人可以获取服务器的数据。</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>无法加载服务器的数据。</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>根据缓存的提交内容在此计算机上计算得出。%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>由两名或以上标注员完成的任务</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>框一致性（基于 IoU 匹配的 F1，1 = 框完全相同）</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>偏好一致性（Krippendorff alpha 系数）</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>改写距离（归一化编辑量，0 = 完全相同）</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>此任务的工作时长</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>未登录（离线）</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n 项待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>工作时长：%1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1：已完成 %2，剩余 %3 · 今日：已提交 %4，工作时长 %5</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>是否同时从此计算机中删除已下载的任务？</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>尚未发送的草稿和提交内容将会丢失。为安全起见，请保留它们。</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>缓存已清空。</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>已离线领取 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>没有可用的安全密码存储：登录状态仅保持到应用关闭为止。</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>已同步：已发送 %1 项，收到 %2 项更改，%3 项等待中。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>尝试次数过多。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>无法连接服务器。您的工作已保留，稍后将发送。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>无法验证服务器的证书。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>服务器繁忙。稍后将自动重试。</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>您无权在此服务器上执行该操作。</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>服务器无法识别此地址。请检查 URL。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>服务器返回了错误（%1）。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>已搁置的更改</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>来自服务器的 %n 项更改无法应用，已被搁置。其余内容均已同步。如果问题持续存在，请联系服务器管理员。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>没有问题：来自服务器的所有更改均已应用。</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>离线领取任务</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>正在读取项目…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>尚无项目。请先登录并同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>当前离线任务：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>%1 的任务数</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>离线领取</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>离线领取 %1 的任务</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>正在离线领取任务…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>已离线领取 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>未连接：服务器可访问后即可离线领取任务。</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>按项目筛选</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>逾期或冲突</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 / %2 个任务</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>边界框</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>任务 %1 已不在缓存中。</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>无法显示此任务。</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>无法打开任务：%1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>此任务已审核并关闭，无法更改。</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>无法保存提交内容：%1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>已在此文件夹项目中保存为已完成。</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>已提交。服务器响应后将立即发送。</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>尚无法提交</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>提交前请修正以下问题：</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>此任务已关闭或已提交，无法跳过。</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>无法保存跳过：%1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>已跳过。服务器一有响应就会发送原因。</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>已跳过。原因保存在此文件夹项目中。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>QA 已通过</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>QA 要求修改</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>QA 已拒绝</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>QA 负责人</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>之前的审核结论：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>您对此任务的租约在工作尚未发送时已结束。请提交；服务器会将其保留为逾期提交。</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>租约结束于 %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>QA 审核结论</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>暂时隐藏审核结论</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>隐藏 QA 审核结论</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>审核员的评论</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>之前的审核结论：%1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>由 %1 审核</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>（无评论）</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>您修改后的提交内容正在等待审核。</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>请修改任务并重新提交。</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>此任务已关闭；将以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>给标注员的评论</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>通过此提交内容</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>需修改(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>要求标注员修改此提交内容</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>拒绝此提交内容</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>需要修改什么？请输入后按 Enter（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>为何拒绝？请输入后按 Enter（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>评论（通过时可选；按 / 输入，按 Esc 离开）</translation>
    </message>
</context>
</TS>
