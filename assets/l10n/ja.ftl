# 日本語：登壇者が読む文言。

## 状態
state-not-started = 開始前
state-on-time = 予定どおり
state-warning = 残りわずか
state-wrap-up = まとめてください
state-time-is-up = 時間です
state-paused = 一時停止
state-break = 休憩
state-finished = 終了

## 表示
next = 次：{ $talk }
first = 最初：{ $talk }
session-ended = { $time } にセッション終了
session-ends = セッション終了予定 { $time }
break-back-at = { $break } — { $time } 再開
phase-paused = { $phase }（一時停止中）
slot-of = { $count } 件中 { $n } 件目
session-finished = セッション終了 — ありがとうございました
rehearsal-waiting = リハーサル — 司会の準備ができ次第開始
starts-at = { $time } 開始
rehearsal = リハーサル
break-in = 休憩まで { $time }
left-in-slot = この枠の残り { $time }
over-slot = この枠を { $time } 超過
no-session = セッションが開かれていません

## 接続
connecting = 接続中…
connection-lost = 接続が切れました — 最後に受信した時刻
link-revoked = このリンクは無効です — 司会者に最新のリンクを尋ねてください

## メッセージ
preset-five-minutes = 残り5分です
preset-wrap-up = まとめに入ってください
preset-questions = 質疑応答の時間です
preset-microphone = マイクを使ってください

## 取り込んだ発表の区切り
phase-intro = 導入スライド
phase-discussion = ディスカッション
phase-talk = 発表

### The chair's side (docs/l10n.md).

nothing-runs-and-nothing-is = 実行するスケジュール（開く…、Ctrl+O）またはサンプルセッションを選ぶまで、何も実行・記録されません。その間、プロジェクターには現在時刻が表示されます。
example = サンプル
the-bundled-example-session-to = chairtime を試すための同梱のサンプルセッションです。自分のスケジュールは「開く…」（Ctrl+O）で開きます
a-trial-run-the-journal = 試行です：記録とすべてのエクスポートにその旨が記されます
open = 開く…
open-url = URL を開く…
reload = 再読み込み
export = エクスポート…
projector = プロジェクター
full-screen = 全画面
share = 共有…
shortcuts = ショートカット
settings = 設定…
defaults-sound-projector-theme = 既定値、サウンド、プロジェクター、テーマ
mute = ミュート
volume = 音量
volume-of-the-sound-cues = 合図音の音量
resume-or-start-fresh = 再開しますか、最初から始めますか？
choose-what-to-run = 実行するものを選んでください
nothing-is-recorded-until-you = セッションを選ぶまで何も記録されません
follow-read-only-or-start = 読み取り専用で追従しますか、別の記録を始めますか？
read-only = 読み取り専用
another-chairtime-runs-this-session = 別の chairtime がこのセッションを実行中です。このウィンドウはその記録に追従しています
recording = 記録中
not-recording = 記録されていません
the-journal-cannot-be-written = 記録を書き込めません：クラッシュすると時刻の記録が失われます
choose-journal-folder = 記録フォルダーを選択…
it-is-looked-at-again = 再読み込み（Ctrl+R）を押したときに再確認します。
a-newer-schedule-changes-this = 新しいスケジュールでこのセッションが変更されています：再読み込み（Ctrl+R）で反映します
dismiss = 閉じる
session-finished-chair = セッション終了
rehearsal-2 = リハーサル
ready = 準備完了
press-space-the-plan-begins = Space を押すと、その時点から予定が始まります
now = 現在
press-space-to-start-the = Space を押して最初の枠を開始します
start = 開始
resume = 再開
pause = 一時停止
controls = 操作
next-chair = 次へ
back = 戻る
plus-one-min = +1分
minus-one-min = −1分
skip = スキップ
started-10-s-earlier = 開始を10秒早める
started-10-s-later = 開始を10秒遅らせる
finish = 終了
rehearse = リハーサル
a-trial-run-start-moves = 試行：「開始」を押した時点に予定全体が移ります
rehearsal-start-moves-the-whole = リハーサル：「開始」を押すと、その時点から始まるように予定全体が移動します。
video-recording = 録画
mark-recording-stopped = 録画停止をマーク
mark-recording-started = 録画開始をマーク
not-marked-chapters-count-from = マークなし：チャプターはセッション開始から数えます
running = 進行中
really-started-at = 実際の開始時刻
really-stopped-at = 実際の停止時刻
message-to-the-speaker = 登壇者へのメッセージ
show-this-on-the-projector = これをプロジェクターに表示
message = メッセージ
type-then-enter = 入力して Enter
show = 表示
show-the-message-on-the = メッセージをプロジェクターに表示
hide-message = メッセージを隠す
bring-back-projector = プロジェクター表示を戻す
blackout = 暗転
session = セッション
elapsed = 経過
remaining = 残り
schedule = 予定
projected-end = 終了見込み
next-break = 次の休憩
hard-end = 終了厳守
none = なし
slots = 枠
apply-catch-up = 挽回案を適用
rundown = 進行表
up-down-select-g-go = Up/Down 選択 · G 移動 · Shift+S スキップ · Alt+Up/Down 並べ替え · , と . 長さ
go-to = 移動
skip-unskip = スキップ／解除
move-up = 上へ
move-down = 下へ
planned = 予定
length = 長さ
state = 状態
actual = 実績
title = タイトル
speakers = 登壇者
running-2 = 進行中
upcoming = 開始前
done = 終了
skipped = スキップ
select-this-item = この項目を選択
projector-on = プロジェクターの表示先
a-window = ウィンドウ
this-window-s-screen = （このウィンドウの画面）
the-screen-the-projector-view = プロジェクター表示を全画面で出す画面（Shift+P：もう一方の画面）
quit-while-the-session-runs = セッション進行中に chairtime を閉じますか？
the-session-is-running-quitting = セッションは進行中です。今終了すると、プロジェクターと登壇者用リンクの表示が消えます。
every-timing-is-kept-in = すべての時刻は記録に残ります。chairtime を再び開くと、再開するか尋ねます。
q-quits-esc-or-enter = Q で chairtime を閉じます。Esc または Enter でセッションを続けます。
keep-running = 続ける
esc-or-enter = Esc または Enter
quit = chairtime を閉じる
it-had-finished-resume-shows = このセッションは終了していました。再開すると終了時の状態で表示され、「戻る」（B）で最後の発表を再び開けます。
it-is-between-two-items = 2つの項目の間です。
resume-the-session = セッションを再開しますか？
resuming-continues-every-timer-as = 再開すると、chairtime が一度も止まらなかったかのように、すべてのタイマーが続きます。
the-schedule-file-has-changed = この実行の開始後、スケジュールファイルが変更されています：
talks-that-already-ran-keep = どちらを選んでも、実施済みの発表の時刻はそのまま残ります。
enter-resumes-shift-enter-starts = Enter で再開、Shift+Enter で最初から始めます。
enter = Enter
resume-with-the-file-s = ファイルの変更を反映して再開
talks-not-yet-run-take = 未実施の発表に、ファイルのタイトル・登壇者・長さ・順序を反映します
start-fresh = 最初から始める
shift-enter-the-old-journal = Shift+Enter。以前の記録は残ります
this-session-is-open-in = このセッションは別の chairtime で開かれています
only-one-chairtime-can-record = セッションを記録できる chairtime は1つだけです。ここで読み取り専用で追従するか、別の実行として新しい記録を始めてください。
follow-read-only = 読み取り専用で追従
start-another-journal = 別の記録を始める
a-screen-was-connected = 画面が接続されました
not-now = 後で
the-schedule-changed = スケジュールが変更されました
the-schedule-file-changed = スケジュールファイルが変更されました
talks-that-already-ran-keep-2 = 実施済みの発表の時刻はそのまま残ります。
take-the-changes = 変更を反映
until-you-choose-the-running = 選ぶまで、進行中のセッションはそのまま続きます。
keep-the-running-session = 進行中のセッションを続ける
chairtime-could-not-open-this = chairtime はこのスケジュールを開けませんでした：
mend-the-file-and-try = ファイルを修正してもう一度試すか、別のファイルを開くか、同梱のサンプルセッション（BPF Microconference）を実行して chairtime を試してください。
try-again = 再試行
read-the-same-file-again = 同じファイルをもう一度読み込みます
open-another-file = 別のファイルを開く…
run-the-example-session = サンプルセッションを実行
shortcuts-do-not-fire-while = テキスト欄に入力している間はショートカットが効きません。Esc で欄から抜けます。
export-actual-timings = 実績時刻をエクスポート
choose-a-format-a-file = 形式を選んでください。続いてファイルダイアログ（またはパス入力欄）が開きます。
csv-one-row-per-item = CSV — 1項目1行
json-everything = JSON — すべて
markdown-report = Markdown レポート
report-page-timeline-and-table = レポートページ — タイムラインと表。ブラウザーで開き、印刷できます
video-chapters-one-list-per = 動画チャプター — マークした録画ごとに1つのリスト
cut-points-each-talk-s = カット位置 — 各録画における各発表の開始点と終了点（CSV）
schedule-as-it-ran-frab = 実施どおりのスケジュール — 映像チームのツール向け frab XML
schedule-as-it-ran-frab-2 = 実施どおりのスケジュール — 映像チームのツール向け frab JSON
sreview-corrections-each-talk-s = SReview 修正 — 各発表の実際の開始・終了とスケジュールとの対比
open-a-schedule = スケジュールを開く
export-to = エクスポート先
journal-folder = 記録フォルダー
path = パス
ok = OK
cancel = キャンセル
settings-2 = 設定
filter = 絞り込み
room-day-talk-or-speaker = 会場、日付、発表、登壇者
defaults-for-schedules-that-do = スケジュールで指定されていない場合の既定値（次に開くファイルから適用）：
intro-slides-of-imported-talks = 取り込んだ発表の導入スライド（分。0 = 発表全体を1フェーズにする）
warning-at-seconds-left = 警告（残り秒数）
a-short-reminder-each-further = 超過中は1分ごとに短い合図を鳴らす
overtime-flashes-on-the-projector = 超過時にプロジェクターを点滅させる（1秒に1回）
keep-a-message-to-the = 次の発表が始まっても登壇者へのメッセージを表示したままにする
the-speaker-reads = 登壇者の表示言語
the-language-of-the-projector = プロジェクター、登壇者用リンク、定型メッセージの言語（docs/l10n.md）
open-the-projector-window-with = セッションと一緒にプロジェクターウィンドウを開く
light-theme-for-this-window = このウィンドウをライトテーマにする
text-size = 文字サイズ
conference-bus = カンファレンスバス
the-organisers-wall-and-journal = 主催者用ウォールと記録の収集先：主催者から渡されたブローカーのリンクです（docs/conference.md）。
broker-link = ブローカーのリンク
mqtt-broker-example-org-conference = mqtt://broker.example.org/conference
login-file-user-password = ログインファイル（user:password）
certificate-authority-pem = 認証局（PEM）
the-system-s = システムのもの
stop-publishing = 配信を停止
publish = 配信
starting = 開始中…
not-publishing = 配信していません。
start-pause = 開始／一時停止
finish-session = セッションを終了
recording-started-stopped = 録画開始／停止
select-previous = 前を選択
select-next = 次を選択
go-to-selected = 選択した項目へ移動
skip-unskip-selected = 選択した項目をスキップ／解除
move-selected-up = 選択した項目を上へ
move-selected-down = 選択した項目を下へ
selected-1-min = 選択した項目 +1分
selected-1-min-2 = 選択した項目 −1分
projector-to-the-other-screen = プロジェクターをもう一方の画面へ
reload-schedule = スケジュールを再読み込み
start-the-session-afterwards-pause = セッションを開始します。開始後は時計を一時停止・再開します
next-phase-from-intro-slides = 次のフェーズへ進みます（導入スライドからディスカッションへ）。最後のフェーズからは次の項目へ進みます
undo-the-last-next-reopen = 直前の「次へ」を取り消し、前のフェーズまたは項目に戻ります
give-the-current-phase-one = 現在のフェーズを1分延ばします
take-one-minute-from-the = 現在のフェーズを1分短くします
skip-the-running-item-speaker = 進行中の項目をスキップし（登壇者不在）、次を開始します
correct-the-record-the-current = 記録を修正：現在のフェーズは実際には10秒早く始まっていた
correct-the-record-the-current-2 = 記録を修正：現在のフェーズは実際には10秒遅く始まっていた
shorten-the-upcoming-slots-as = 時間どおりに終わるよう、挽回案に沿って今後の枠を短くします
end-the-session-now-items = 今すぐセッションを終了します。未実施の項目は未実施のままです
make-this-run-a-rehearsal = この実行をリハーサルにします：「開始」を押した時点から始まるように予定全体が移動し、ウィンドウ、記録、すべてのエクスポートに「リハーサル」と表示されます
mark-that-the-video-recording = 今、録画が始まった（または止まった）ことをマークします：以後、チャプターとカット位置は各録画の開始から数えます
select-the-previous-row-of = 進行表の前の行を選択
select-the-next-row-of = 進行表の次の行を選択
end-the-current-item-and = 現在の項目を終えて、選択した項目を今すぐ開始します
skip-the-selected-upcoming-item = 選択した今後の項目をスキップします。スキップした項目は元に戻します
move-the-selected-upcoming-item = 選択した今後の項目を1つ前へ移動します
move-the-selected-upcoming-item-2 = 選択した今後の項目を1つ後ろへ移動します
plan-one-more-minute-for = 選択した今後の項目の予定を1分延ばします
plan-one-minute-less-for = 選択した今後の項目の予定を1分短くします
write-a-message-for-the = 登壇者へのメッセージを書きます（Enter でプロジェクターに表示）
hide-the-message-on-the = プロジェクター上のメッセージを隠します
blank-the-projector-or-bring = プロジェクターを暗転、または元に戻します
open-or-close-the-projector = プロジェクターウィンドウを開く／閉じる
projector-window-full-screen-on = プロジェクターウィンドウをそのモニターで全画面表示
put-the-projector-view-full = プロジェクター表示を、この画面ではなくもう一方の画面（プロジェクター）で全画面表示します
show-the-timer-on-other = ほかの端末にタイマーを表示し（登壇者用リンク）、スマートフォンからセッションを操作します（リモコン）
open-a-schedule-file = スケジュールファイルを開く
open-the-conference-s-schedule = 会議のスケジュールをウェブアドレスから開きます（pretalx、frab、Indico）。セッション中も同期されます
read-the-schedule-file-again = スケジュールファイルを再読み込みします（または URL に最新版を問い合わせます）。未実施の発表に新しいタイトル・登壇者・長さ・順序を反映します
export-the-actual-timings-csv = 実績時刻をエクスポートします：CSV、JSON、Markdown、レポートページ、動画チャプター、カット位置、実施どおりのスケジュール
turn-the-sound-cues-off = 合図音をオフ／オンにします
show-every-shortcut = すべてのショートカットを表示
share-the-timer = タイマーを共有
show-the-timer-on-any = 会場内のどの端末にもタイマーを表示でき（演台のタブレット、登壇者自身のノート PC、スマートフォンなど）、スマートフォンからセッションを操作できます。
the-devices-must-be-on = 端末はこのノート PC と同じネットワークに接続されている必要があります。開始するまで何も共有されません。
start-sharing = 共有を開始
speaker-link = 登壇者用リンク
open-it-on-the-screen = 登壇者が見る画面で開いてください。このリンクでできるのはタイマーの閲覧だけです。
copy-link = リンクをコピー
your-remote = 自分用リモコン
for-your-own-phone-only = 自分のスマートフォン専用です。セッションを操作できます。プロジェクターには決して映さないでください。
hide-the-qr-code = QR コードを隠す
show-the-qr-code = QR コードを表示
if-chairtime-stops-a-crash = chairtime が止まっても（クラッシュ、電池切れなど）、セッションを再開すると同じリンクで共有を再開します（共有を停止するまで）。
these-links-end-when-chairtime = これらのリンクは chairtime を閉じると無効になります。このデスクトップにはリンクを保存する専用のランタイムフォルダーがありません。
new-links = 新しいリンク
make-new-links-the-old = 新しいリンクを作成します：古いリンクはすぐに使えなくなります（開いているページもすべて）
stop-sharing = 共有を停止
stop-sharing-the-speaker-link = 共有を停止：登壇者用リンクとリモコンが使えなくなります
the-timer-is-shared-on = タイマーをネットワークで共有中です。クリックするとリンクを表示します
a-schedule-s-address-starts = スケジュールのアドレスは https://（または http://）で始まります。
the-fetch-stopped-without-an = 応答がないまま取得が止まりました
open-a-schedule-from-its = URL からスケジュールを開く
the-address-of-the-conference = 会議のスケジュールのエクスポート用アドレス：pretalx は …/schedule/export/schedule.xml、frab は …/public/schedule.xml、Indico は …/export/timetable/ID.json、または任意の .ics や .csv のリンク。chairtime はネットワークなしでも開始できるようコピーを保存し、セッション中は数分ごとに新しい版を確認します。
schedule-url = スケジュールの URL
https-pretalx-example-org-event = https://pretalx.example.org/event/schedule/export/schedule.xml
taken-from-the-clipboard = クリップボードから取得しました。
a-schedule-not-public-yet = スケジュールがまだ公開されていない場合
api-token-pretalx-or-indico = API トークン（pretalx、または Indico の indp_…）
sent-to-the-schedule-s = スケジュールのサーバーにだけ送信されます。chairtime を閉じるまで保持され、ディスクには書き込まれません
open-2 = 開く
the-file-picker-cannot-open = このコンピューターではファイル選択画面を開けません
the-file-dialog-could-not = ここではファイルダイアログを開けませんでした
on-plan-there-is-nothing = 予定どおりです。挽回する必要はありません。
only-one-screen-is-connected = 画面が1つしか接続されていません。プロジェクター表示はウィンドウのままです。
the-other-settings-given-with = ファイルと一緒に指定されたその他の設定（--room、--journal、--share…）は使われませんでした。使うには、chairtime を閉じてからもう一度ファイルを開いてください。
no-room-has-published-yet = まだどの会場も配信していません。各会場の chairtime が --publish 付きで起動すると、ここに表示されます。会議のスケジュールを指定すると、最初から全会場の予定を表示できます。
live = 受信中
connecting-2 = 接続中…
no-chairtime = chairtime なし
offline = オフライン
past-the-hard-end = 終了厳守時刻を超過
break = 休憩
or-press-share-l-to = または「共有…」（L）を押すと、タブレットや登壇者のノート PC にタイマーを表示できます。
screen = 画面
chairtime-was-started-again-this = chairtime がもう一度起動されました。これがそのウィンドウです（同時に実行できるのは1つだけです）。
every-action-is-written-to = すべての操作は { $file } に書き込まれます
looks-for-a-new-version-every = chairtime は { $every } ごと、および再読み込み（Ctrl+R）を押したときに新しい版を確認します。
from-host-version = { $host } から · { $version }
from-host = { $host } から
version-not-taken = { $version } は未反映
attention = 注意：{ $notice }
phase-n-of-count = { $phase }（{ $n }/{ $count }）
slot-left-of = 枠：残り { $left }（全 { $length }）
slot-over-its = 枠：{ $length } を { $over } 超過
recording-running-since = 録画 { $n }：{ $time } から録画中
recordings-marked = { $count } 件の録画をマーク済み
recording-n = 録画 { $n }：
correct-when-recording-started = 録画 { $n } の実際の開始時刻を修正
correct-when-recording-stopped = 録画 { $n } の実際の停止時刻を修正
not-a-time-of-day-recording = 「{ $typed }」は 15:01:12 のような時刻ではありません。録画 { $n } は変更されていません。
show-this-on-the-projector-in = プロジェクターに { $language } で表示：「{ $text }」
on-the-projector = プロジェクターに表示中：「{ $message }」
time-planned = { $time }（予定 { $planned }）
slots-done = { $count } 件中 { $done } 件終了
no-catch-up-plan = 挽回案なし：{ $why }。
catch-up-plan-behind = 挽回案：予定終了時刻より { $behind } 遅れています。
and-n-more = …ほか { $count } 件
resume-it-is-at-over = 「{ $title }」（{ $phase }）の途中で、{ $over } 超過しています。
resume-it-is-at-left = 「{ $title }」（{ $phase }）の途中で、残り { $left } です。
chairtime-found-a-run = chairtime は、このセッションの{ $kind ->
    [finished-rehearsal] 最近終了したリハーサルの実行
    [finished] 最近終了した実行
    [unfinished-rehearsal] 終了していないリハーサルの実行
   *[unfinished] 終了していない実行
}を見つけました（{ $file }、最終操作 { $time }）。
screen-connected-show-there = { $screen }：プロジェクター表示をそこに全画面で出しますか？
show-it-there = そこに表示（{ $key }）
new-schedule-version = 新しいスケジュール：バージョン { $version }
open-name-question = { $name } を開きますか？
you-opened-with-chairtime = { $file } を chairtime で開きました（ファイルマネージャーまたはターミナルから）。
opening-puts-its-session-here = 「{ $title }」{ $state ->
    [running] は進行中です
   *[changed] には開始前に記録された変更があります
}。{ $name } を開くと、代わりにそのセッションがこのウィンドウとプロジェクターに表示されます。何も失われません：後で元のスケジュールをもう一度開けば、続きから再開できます。
open-name = { $name } を開く
cannot-open-name = { $name } を開けません
why-type-the-path = { $why }：パスを入力してください。
choose-the-session-to-run = 実行するセッションを選択 — { $name }
this-file-holds-a-whole-conference = このファイルには会議全体が含まれています：{ $total } セッション（それぞれ1日の1会場）。会場、日付、発表、登壇者を入力して探せます。Up と Down で移動、Enter で開きます。
no-session-matches = 「{ $filter }」に一致するセッションはありません。
wrap-up-at-seconds-left = 「まとめてください」（残り秒数）
cannot-publish = 配信できません：{ $why }
publishing-as-connected = { $topics } として配信中：接続済み、記録 { $lines } 行を送信しました。
not-reaching-the-broker-runs-on = ブローカーに接続できません：{ $why }。会場の進行は続きます。
sound-is-unavailable = サウンドを使用できません（{ $why }）。画面上の合図は通常どおり動作します。
speaker-link-shows-rtl = 登壇者用リンクは { $language } で表示されます。プロジェクターウィンドウは右から左に書く文字を表示できないため、英語のままです。登壇者用リンクをプロジェクターに映してください（共有…）。
already-open-file-sent = chairtime はすでに開いています：{ $file } をそちらに送りました。そのウィンドウに切り替えてください。（同時に実行できる chairtime は1つだけなので、プロジェクターには1つのセッションが表示されます。）
already-open-window-comes = chairtime はすでに開いています：そのウィンドウを前面に表示しました。そのウィンドウに切り替えてください。（同時に実行できる chairtime は1つだけなので、プロジェクターには1つのセッションが表示されます。）
already-open-no-answer-process = すでに開いている chairtime（プロセス { $pid }）が応答しないため、これは2つ目の chairtime になります。もう一方が記録した時刻はその記録に安全に残っています。可能であればそちらを閉じてください。
already-open-no-answer = すでに開いている chairtime が応答しないため、これは2つ目の chairtime になります。もう一方が記録した時刻はその記録に安全に残っています。可能であればそちらを閉じてください。
characters-without-a-font = このセッションの { $count } 文字（{ $chars }）はこのコンピューターにフォントがなく、四角で表示されます：{ $packages } をインストールしてから（{ $command }）、chairtime を再起動してください。
no-catch-up-plan-nothing-to-shorten = 挽回案なし：これからの発表に短縮できるものがありません。{ $why }。
nothing-to-export-yet = セッションが開かれていません：エクスポートするものはまだありません。
opened-as-well-newest-offered = { $file } も開くよう指定されました。提示しているのは最後に指定されたファイルです。
not-publishing-on-the-bus-set = 設定のカンファレンスバスに配信していません：{ $why }
schedule-could-not-be-fetched = スケジュールを取得できませんでした：{ $why }
fetching-from = { $host } から取得中…
projector-window-title = chairtime — プロジェクター — { $session }
no-session-open = セッションが開かれていません
pages-and-remotes-connected = 登壇者用ページ { $pages } 件とリモコン { $remotes } 台が接続しています。
shared-n-watching = 共有中 · 閲覧 { $n }
one-screen-found = 画面が1つしか見つかりません：プロジェクター表示はこのウィンドウの横に別ウィンドウで出ます。プロジェクターを接続すると、chairtime が表示をそちらに移すよう提案します。接続済みなのに同じ画面が映っている（ミラーリング）場合は、ディスプレイ設定でデスクトップを拡張に切り替えてください（多くのノート PC では Super+P）。
screen-was-disconnected = { $screen } が切断されました：プロジェクター表示はウィンドウに戻りました。セッションは続いています。
saved-settings-unreadable = 保存された設定を読み込めなかったため、既定値を使用します（{ $why }）。
n-rooms = { $count } 会場
not-reaching-the-broker-showing-last = ブローカーに接続できません：{ $why } — 最後に受信した内容を表示中
timeline-items-run = { $count } 項目中 { $ran } 項目を実施
timeline-skipped = { $count } 件スキップ
timeline-over = { $count } 件が予定の長さを超過
timeline-now = 現在 { $time }
timeline-planned-end = 予定終了 { $time }
timeline-projected-end = 終了見込み { $time }（予定 { $planned }）
timeline-hard-end = 終了厳守 { $time }
timeline-summary = タイムライン：{ $parts }
timeline-projected-planned = 見込み { $time }（予定 { $planned }）
timeline-projected = 見込み { $time }
timeline-tip-planned = 予定 { $from }–{ $to }
timeline-tip-ran = 実施 { $from }–{ $to }
timeline-tip-ran-over = 実施 { $from }–{ $to }、予定より { $over } 超過
timeline-tip-paused = 一時停止 { $paused }
n-sessions = { $total } セッション
n-of-total-sessions-match = { $total } セッション中 { $n } 件が一致
this-window-speaks = このウィンドウの言語
as-the-desktop = デスクトップと同じ（{ $language }）
this-window-speaks-hint = このウィンドウ、リモコンのボタン、chairtime のメッセージの言語です。登壇者の画面は別に設定します（登壇者の表示言語）。
command-start = 開始
command-pause = 一時停止
command-resume = 再開
command-next = 次へ
command-back = 戻る
command-extend = 延長
command-trim = 短縮
command-skip = スキップ
command-unskip = スキップ解除
command-goto = 移動
command-move = 並べ替え
command-correct = 開始時刻の修正
command-set-length = 長さの設定
command-catch-up = 挽回案を適用
command-show-message = メッセージ
command-hide-message = メッセージを隠す
command-blackout = 暗転
command-finish = 終了
command-rehearse = リハーサル
command-replan = スケジュールを再読み込み
command-record = 録画
command-record-at = 録画時刻の修正
command-refused = { $command }：{ $why }
message-cleared = 次の発表が始まったため、プロジェクターからメッセージを消しました：「{ $message }」は前の登壇者へのメッセージでした。設定で、発表をまたいでメッセージを表示したままにできます。
date-long = { $year }年{ $m }月{ $day }日（{ $weekday }）
date-medium = { $year }年{ $m }月{ $day }日（{ $weekday }）
date-short = { $m }月{ $day }日（{ $weekday }）
weekday-long = { $n ->
    [1] 月曜日
    [2] 火曜日
    [3] 水曜日
    [4] 木曜日
    [5] 金曜日
    [6] 土曜日
   *[7] 日曜日
}
weekday-short = { $n ->
    [1] 月
    [2] 火
    [3] 水
    [4] 木
    [5] 金
    [6] 土
   *[7] 日
}
month-long = { $n ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
month-short = { $n ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
off-day = このスケジュールは { $date } のものです。今日、同じ時刻で実行します。{ $how }。chairtime --date { $iso } で元の日付のまま実行できます。
rehearse-in-the-window = リハーサル（Shift+R）にすると、代わりに「開始」を押した時点から実行します
rehearse-with-the-option = --rehearse 付きで起動すると、代わりに「開始」を押した時点から実行します
example-still-unchanged = 同梱のサンプルセッション（{ $title }）は{ $state ->
    [finished] 終了したまま
    [running] 進行中のまま
   *[open] 開いたまま
    }で、何も変わっていません。自分のスケジュールは開かれていません。
session-still-unchanged = { $title } は{ $state ->
    [finished] 終了したまま
    [running] 進行中のまま
   *[open] 開いたまま
    }で、何も変わっていません。
did-not-open = { $name } を開けませんでした。{ $still } 原因：{ $why }
journal-records-another-session = { $file } は別のセッションの記録です。その横に新しい記録を始めます。
new-journal-beside-it = { $why }。その横に新しい記録を始めます。
cannot-write-the-journal-at = { $file } に記録を書き込めません：{ $why }。別のフォルダーを選んでください。
resumed-from = { $file } から再開しました
another-chairtime-records-who = 別の chairtime（{ $who }）がこのセッションを { $file } に記録しています。
another-chairtime-records = 別の chairtime がこのセッションを { $file } に記録しています。
could-not-be-continued-goes-on-in = { $file } を続けられませんでした（{ $why }）。これまでの記録をすべて引き継いで、{ $target } で実行を続けます。
could-not-continue-or-start = { $file } を続けることも（{ $why }）、新しい記録 { $target } を始めることも（{ $why2 }）できませんでした。「最初から始める」を選ぶか、ディスクの空き容量を確保してもう一度試してください。
read-only-follows = 読み取り専用：{ $why } このウィンドウで行った操作は記録されず、もう一方のウィンドウに追従します。
recording-to = { $file } に記録中
cannot-write-a-journal-in = { $folder } に記録を書き込めません：{ $why }
nothing-to-reload = このセッションはファイルから開いたものではないため、再読み込みするものはありません。
cannot-reload-the-schedule = スケジュールを再読み込みできません：{ $why }
no-changes-for-this-session = スケジュールファイルにこのセッションの変更はありません。
schedule-reloaded = スケジュールを再読み込みしました：{ $changes }。
changes-not-taken = スケジュールファイルの変更は反映されませんでした：{ $why }
choose-another-journal-folder = { $why }。記録用に別のフォルダーを選んでください。
export-failed = エクスポートに失敗しました：{ $file }：{ $why }
saved-to = { $what } を { $files } に保存しました
saved-to-note = { $what } を { $files } に保存しました（{ $note }）
no-network-found = ネットワークが見つかりません：リンクはこのノート PC でしか使えません。会場のネットワーク（またはスマートフォンのテザリング）に接続して、もう一度共有してください。
share-failed-projector-works = { $why }。プロジェクターウィンドウは通常どおり使えます。
remote-no-session-yet = まだセッションが開かれていません：司会者が選んでいるところです
the-speaker-reads-language = 登壇者の表示言語：{ $language }
applied-but-not-recorded = { $command } は適用されましたが、記録できませんでした。司会者のウィンドウを確認してください
reload-nothing-on-offer = 再読み込み：変更されたスケジュールはありません
schedule-reloaded-short = スケジュールを再読み込みしました
sharing-again-same-links = 再起動前と同じリンクで共有を再開しました：登壇者用ページとリモコンは自動的に再接続します。
sharing-again-port-taken = 共有を再開しましたが、ポート { $port } が使用中のため、リンクが変わりました（ポート { $now }）：「共有…」（L）を開き、新しいリンクを各端末に渡してください。
shared-before-the-restart = 再起動前、このセッションは共有されていました。{ $why }。
links-not-kept = 再起動に備えてリンクを保存できませんでした（{ $why }）：chairtime が止まった場合は、もう一度共有して新しいリンクを各端末に渡してください。
remote-alerts = 要確認
remote-timer = タイマー
remote-back = ◀ 戻る
remote-next = 次へ ▶
remote-hide-message = メッセージを隠す
remote-from-chairtime = chairtime からのお知らせ
remote-own-message = 自由入力のメッセージ
remote-message-label = 登壇者へのメッセージ（200文字まで）
remote-now-and-next = 現在と次
remote-arabic-link-only = العربية（登壇者用リンクのみ）
remote-note = このページでセッションを操作できます。リンクを共有しないでください。
remote-blackout-on = 暗転中
remote-message-flag = メッセージ：{ $message }
remote-ends = 終了見込み { $time }
remote-show-screen = 画面を表示
remote-done = 完了
remote-not-possible = 今はできません：{ $why }
remote-refused = 拒否されました
remote-not-sent-revoked = 送信されませんでした：このリンクはもう使えません
remote-no-answer = chairtime から応答がありません。もう一度試してください
remote-not-sent = 送信されませんでした：{ $why }
remote-not-sent-offline = 送信されませんでした：chairtime に接続していません
remote-type-first = 先にメッセージを入力してください
cannot-publish-this-room = この会場をカンファレンスバスに配信できません：{ $why }
on-the-conference-bus-as = { $topics } としてカンファレンスバスに配信中です。
back-on-the-conference-bus = カンファレンスバス（{ $host }）に再接続しました：届いていなかった分を送信しています。
broker-refuses-login-check = 会議のブローカーがこの会場の接続を拒否しています：{ $why }。会場の進行は続き、記録はここに保存されます。指定したユーザー名とパスワード（--bus-credentials、または設定のログインファイル）を確認するか、主催者に問い合わせてください。
broker-refuses-login-give = 会議のブローカーがこの会場の接続を拒否しています：{ $why }。会場の進行は続き、記録はここに保存されます。このブローカーにはユーザー名とパスワードが必要です：--bus-credentials FILE、または設定のログインファイルで指定してください。
not-reaching-the-conference-broker = 会議のブローカーに接続できません（{ $why }）。会場の進行は続き、ブローカーが復旧したら記録を送信します。
broker-refuses-topic = 会議のブローカーが { $topic } へのこの会場の記録を拒否しています。失われるものはありません：記録はこのノート PC にあり、主催者がこの会場にトピックへの書き込みを許可した時点で送信されます。
session-finished-not-followed = このセッションは終了しました：以後、スケジュールの更新は確認しません。
asking-for-the-latest-version = { $host } にスケジュールの最新版を問い合わせています…
schedule-not-changed-since = スケジュールは { $version } から変更されていません。
the-copy-in-use = 使用中のコピー
version-fetched-at = { $version }（{ $time } に取得）
host-answers-again = { $host } が再び応答しています。これまでどおりスケジュールの変更を確認します。
could-not-check-asks-every = スケジュールの変更を確認できませんでした：{ $why } セッションは { $version } のまま、変更なしで続きます。chairtime は { $every } ごとに再確認します。
could-not-check-reload-asks = スケジュールの変更を確認できませんでした：{ $why } セッションは { $version } のまま、変更なしで続きます。再読み込み（Ctrl+R）で再確認します。
new-schedule-not-kept = ネットワークなしで開始できるように新しいスケジュールを保存することができませんでした：{ $why }
this-room = この会場
room-vanished-from-schedule = スケジュールの { $version } には、{ $day } の { $room } のセッションがもうありません：会場が移動したか、名前が変わった可能性があります。このセッションは { $runs_on } のまま、変更なしで続きます。主催者に確認してください。新しいスケジュールに従うには、その URL をもう一度開いてセッションを選んでください（ウィンドウでは「URL を開く…」、ヘッドレスの会場は新しい --room を付けて再起動）。
new-schedule-unusable = スケジュールの { $version } を使用できませんでした：{ $why } このセッションは { $runs_on } のまま、変更なしで続きます。
the-copy-version = コピー { $version }
version-n = バージョン { $version }
every-minutes = { $n } 分
every-seconds = { $n } 秒
on-plan = 予定どおり
behind = { $by } 遅れ
ahead = { $by } 先行
session-not-started = 開始前
session-state-finished = 終了
pace-over-the-hard-end = { $pace }、終了厳守時刻を超過
break-due = 予定時刻を超過（{ $over }）
break-in-chair = あと { $time }
hard-end-over = { $time }、このペースでは { $over } 超過
hard-end-nothing-to-spare = { $time }、余裕なし
hard-end-to-spare = { $time }、{ $spare } の余裕
cannot-be-recovered = 枠を { $floor } % 未満に短縮しないかぎり、{ $left } は挽回できません
cli-at-expected-a-time = --at { $text }：15:30 や 15:30:20 のような時刻、または 2019-09-11T15:30:00+01:00 のような完全な日時を指定してください
cli-at-skipped-time = --at { $text }：{ $zone } では { $date } 前後にその時刻は存在しません（時計がその時刻を飛ばします）
cli-standard-input = 標準入力
cli-standard-input-name = （標準入力）
cli-cannot-read = { $name }：{ $what ->
    [schedule] スケジュール
    [journal] 記録
    [action-script] 操作スクリプト
    [running-order] 進行表
    [session] セッション
    [report] レポート
   *[file] ファイル
    }を読み込めません：{ $why }
cli-cannot-write = { $file }：{ $what ->
    [schedule] スケジュール
    [journal] 記録
    [action-script] 操作スクリプト
    [running-order] 進行表
    [session] セッション
    [report] レポート
   *[file] ファイル
    }を書き込めません：{ $why }
cli-warning = { $name }：警告：{ $warning }
cli-expected-a-date = 2019-09-11 のような日付を指定してください（指定された値：「{ $found }」）
cli-did-you-mean = 「{ $first }」はファイルでもコマンドでもありません。`chairtime { $word }` のことですか？（コマンドの一覧は chairtime --help で表示されます）
cli-bus-options-need-publish = --bus-credentials と --bus-ca は --publish（または wall、collect）と一緒に使います
cli-same-as-fetched-before = { $name }：以前取得したコピーと同じです（今確認しました）
cli-no-changes-for = { $name }：{ $version } 以降、{ $room } の変更はありません（{ $fetched } に取得）
cli-no-changes = { $name }：{ $version } 以降、変更はありません（{ $fetched } に取得）
cli-changes-since = { $name }：{ $version } 以降の変更 { $count } 件（{ $fetched } に取得）：
cli-cannot-compare = { $name }：以前取得したコピーと比較できません：{ $why }
cli-wrote = { $file } を書き込みました
cli-one-session-file = { $name }：chairtime のセッションファイルには1つのセッションしか含まれません。内容は `chairtime check { $name }` で表示できます
cli-wrote-session = { $file } を書き込みました（枠 { $slots } 件、休憩 { $breaks } 件）
cli-already-exists = { $file }：すでに存在します。置き換えるには --force を付けてください
status-now = 現在
status-rehearsal = リハーサル
status-speaker = 登壇者
status-item = 項目
status-phase = フェーズ
status-remaining = 残り
status-starts = 開始
status-schedule = 予定
status-projected = 見込み
status-break = 休憩
status-hard-end = 終了厳守
status-next = 次
status-catch-up = 挽回案
status-message = メッセージ
status-stale = 更新なし
status-stale-text = 記録の最後のエントリーは { $last }（{ $ago } 前）で、セッションは { $end } までに終わる予定でした：「終了」が押されなかったか、ノート PC が停止しました。上の数値は現在までの計算です。最後のエントリー時点のセッションは `chairtime report` で確認できます。
status-rehearsal-not-started = 「開始」を押すと、その時点から予定が始まります
status-rehearsal-own-times = 予定は元の時刻どおりに進みます
status-rehearsal-moved = 予定を { $start } 開始に移動しました（ファイルでは { $file }）
status-item-of = { $count } 件中 { $n } 件目：{ $title }
status-over = { $over } 超過
status-remaining-text = フェーズ { $phase }、枠 { $slot }
status-remaining-paused = フェーズ { $phase }、枠 { $slot }（一時停止中）
status-starts-in = { $time }（あと { $until }）
status-projected-end = 終了 { $time }（予定 { $planned }）
status-no-slot-left-to-trim = 短縮できる枠がありません：{ $why }
cli-script-not-utf8 = { $name }：操作スクリプトが UTF-8 テキストではありません
cli-speed-positive = --speed には正の数を指定してください（{ $speed } は指定できません）
cli-journal-exists = { $file }：記録を作成できません：すでにファイルがあります
cli-cannot-create-journal = { $file }：記録を作成できません：{ $why }
cli-journal-at = 記録：{ $file }
cli-not-applied = { $script }:{ $line }：{ $command } は適用されませんでした：{ $why }
cli-broker-not-acknowledged = ブローカーはまだ記録全体の受信を確認していません：この会場が次に配信するときに送信されます
cli-warning-bare = 警告：{ $warning }
check-start = 開始
check-length = 長さ
check-phases = フェーズ
check-title-speakers = タイトル — 登壇者
check-things-to-look-at = 確認事項（{ $count } 件）
check-room = 会場
check-date = 日付
check-time-zone = タイムゾーン
check-nothing-to-spare = 余裕なし
check-short = { $by } 不足
check-to-spare = { $by } の余裕
check-hard-end = 終了厳守 { $time }（{ $spare }）
check-no-hard-end = 終了厳守なし
check-planned-items-run-until = { $planned }、項目は { $until } まで、{ $hard }
check-planned = 予定
check-items = 項目
check-slots-breaks = 枠 { $slots } 件、休憩 { $breaks } 件
check-chairs = 司会者
check-running-order-title = { $title } — 進行表
check-html-start = 開始
check-html-length = 長さ
check-html-talk = 発表
check-html-notes = 備考
check-break = 休憩
headless-remote-qr = リモコン（スマートフォンのカメラで読み取ってください）：
headless-cannot-watch-stop = 停止の要求を監視できません（{ $why }）。kill すると即座に終了します
headless-recording-to = { $file } に記録中
headless-schedule-changed = { $source ->
    [url] URL のスケジュール
   *[file] スケジュールファイル
    }が変更されました：{ $changes }。リモコンで「スケジュールを再読み込み」を押すまで、会場は現在の予定のまま進行します。
headless-stopped = 停止しました。記録は { $file } です
headless-locked = { $why } 先にそちらを停止するか（停止すると記録が閉じられます）、--journal で別のファイルを指定してください。
headless-did-not-start = 会場を開始できませんでした：記録を書き込めません（--journal で別のファイルを指定してください）
headless-attention = 注意：{ $notice }
sharing-again-after-restart = 再起動後、共有を再開しました。
wall-qr = ウォール（主催者のスマートフォン用）：
cli-port-needs-share = --port は共有に使うポートです：--share（または --headless）と一緒に指定してください
cli-cannot-write-json = { $name }：JSON を書き込めません：{ $why }
cli-list-needs-a-file = --list にはスケジュールファイルが必要です（同梱のセッションは1つのセッションです）
cli-collector-cannot-watch = Ctrl+C を監視できません（{ $why }）。kill すると収集を停止します
cli-collector-stopped = 停止しました。記録は { $folder } にあります
cli-broker-plain-mqtt = 組み込みのブローカーは暗号化なしの MQTT を使います：--broker には mqtt:// のリンクを指定してください
cli-broker-could-not-start = ブローカーを開始できませんでした：{ $why }
cli-this-computer = THIS-COMPUTER
cli-broker-running = ブローカー実行中。各会場は次のように配信します：--publish { $link }
cannot-check-for-another-window = 別の chairtime ウィンドウを確認できません（{ $why }）。このまま起動します
cannot-open-a-window = ウィンドウを開けません：{ $why }
cannot-open-the-wall-window = ウォールのウィンドウを開けません：{ $why }
chairtime-session-files = chairtime セッション
all-files = すべてのファイル
no-room-for-projector = 画面が1つしかなく、このウィンドウが画面全体を占めています：プロジェクターウィンドウがタイマーを覆ってしまうため、開きませんでした。それでも開くには P を押すか、このウィンドウを小さくしてから P を押すか、プロジェクターを2つ目の画面として接続してください（ディスプレイ設定で「ミラー」ではなく「ディスプレイを結合」または「拡張」を選びます。ミラーリングしたプロジェクターには、このウィンドウがそのまま映ります）。「共有…」（L）を使えば、代わりに登壇者のノート PC やタブレットにタイマーを表示できます。
cli-wall-needs-a-screen = ウォールはウィンドウなので画面が必要ですが、このセッションには画面がありません（DISPLAY も WAYLAND_DISPLAY もありません）。画面のないコンピューターでは、会議のブローカーを Mosquitto で実行してください（docs/conference.md）。
report-title = { $title } — 実績時刻
report-rehearsal-title = { $title } — リハーサルの実績時刻
report-a-rehearsal = リハーサルであり、本番のセッションではありません。
report-a-rehearsal-moved-later = リハーサルであり、本番のセッションではありません：「開始」を押した時点から始まるよう、予定を { $by } 遅らせました。
report-a-rehearsal-moved-earlier = リハーサルであり、本番のセッションではありません：「開始」を押した時点から始まるよう、予定を { $by } 早めました。
report-col-planned = 予定
report-col-actual = 実績
report-col-planned-length = 予定の長さ
report-col-actual-length = 実際の長さ
report-col-over-plan = 予定超過
report-col-given = 持ち時間
report-col-used = 使用時間
report-col-speaker-over = 登壇者超過
report-col-title = タイトル
report-col-speakers = 登壇者
report-col-notes = 備考
report-skipped = スキップ
report-running = 進行中
report-columns-legend = { $over } は、一時停止を含め、実際の時刻を公開された予定と比べたものです。{ $given } は登壇者に与えられた時間で、予定の長さを、その項目の開始前の予定変更と、実行中の延長・短縮で調整したものです。{ $used } は一時停止を除いて登壇者の時計が進んだ時間です。{ $speaker } は { $used } から { $given } を引いたものです。
report-biggest-overruns-by-speakers = 登壇者の超過が大きかった発表
report-no-speaker-went-over = 持ち時間を超過した登壇者はいません。
report-speaker-overrun = { $title } — 持ち時間 { $given } を { $over } 超過
report-schedule-changes = セッション中のスケジュール変更
report-no-change = 変更なし
report-schedule-reloaded = { $time } スケジュールを再読み込み：{ $what }。
report-schedule-reloaded-from = { $time } { $from } からスケジュールを再読み込み：{ $what }。
report-messages-shown = 登壇者に表示したメッセージ
report-re-planned = 予定変更 { $from } → { $to }
report-paused = 一時停止 { $paused }
report-start-corrected = 開始時刻を修正
report-skipped-while-running = 進行中にスキップ
report-still-running = 進行中
report-extended = { $by } 延長
report-trimmed = { $by } 短縮
report-totals = 合計
report-started = 開始 { $time }（予定 { $planned }、{ $by }）。
report-ended = 終了 { $time }（予定終了 { $planned }、{ $by }）。
report-not-finished = 未終了：{ $time } までを集計（予定終了 { $planned }）。
report-not-started = セッションはまだ開始していません。
report-schedule-at = { $time } 時点の予定との差：**{ $pace }** — `chairtime status` がその時点で示す数値です。
report-skipped-list = スキップ：{ $items }。
report-not-run-list = 未実施：{ $items }。
report-still-to-come-list = これから：{ $items }。
report-why-the-schedule-moved = スケジュールがずれた理由
report-why-intro = 各要因でセッションが予定からどれだけずれたかを秒単位で示します。合計すると上記の「{ $total }」になります。
report-not-started-yet = まだ開始していません
report-late-start = 開始の遅れ
report-early-start = 早めの開始
report-pauses = 一時停止
report-lengths-re-planned = 実施前に変更した予定の長さ
report-extensions-and-trims = 進行中の延長と短縮
report-skipped-while-running-left = { $title }（進行中にスキップ、残り { $left }）
report-skipped-or-not-run = スキップまたは未実施
report-speakers-over-or-under = 持ち時間に対する登壇者の超過・不足
report-no-slot-ended = 終了した枠はまだありません
report-all-slots-kept-time = 実施した { $n } 枠はすべて時間ちょうどに終わりました
report-slots-over-under = 実施した { $n } 枠のうち、{ $over } 枠が超過し、{ $under } 枠が早く終わりました
report-break-longer = { $title }（{ $by } 長い）
report-break-shorter = { $title }（{ $by } 短い）
report-breaks-longer-or-shorter = 予定より長い・短い休憩
report-time-between-items = 項目間の時間（予定上の空き、待ち時間）
report-page-rehearsal-title = { $title } — リハーサルの実績時刻
report-timeline = タイムライン
report-item-by-item = 項目別
report-key-planned = 予定
report-key-ran-slot = 実施（枠）
report-key-ran-break = 実施（休憩）
report-key-paused = 一時停止
report-key-over = 予定の長さを超過
report-key-message = 登壇者へのメッセージ
report-key-now = 現在／予定終了
report-bar-ran = { $title }：実施 { $from }–{ $to }{ $running ->
    [yes] （進行中）
   *[no] {""}
    }
report-not-run = 未実施
conf-unfinished-at = { $time } 時点で未終了、{ $pace }
conf-unfinished-at-time = { $time } 時点で未終了
conf-not-held = { $pace }、{ $count } 件未実施
conf-same-session-twice = { $a } と { $b } は同じセッション（{ $session }）の記録です：2台のノート PC で記録したか、本番の横でリハーサルを行ったのではありませんか？どちらか一方を指定してください。両方を指定すると二重に数えられます
conf-format-one-session = --format { $format } は1つのセッション用です。複数の記録には html、csv、md を使ってください（または記録ごとに個別にレポートしてください）
conf-col-day = 日付
conf-col-room = 会場
conf-col-session = セッション
conf-col-items-run = 実施項目
conf-col-late = 遅れ
conf-col-paused = 一時停止
conf-col-at-the-end = 終了時
conf-col-started = 開始
conf-col-ended = 終了
conf-the-conference = 会議全体
conf-biggest-overruns = 超過が大きかった項目
conf-overrun-line = { $title }（{ $place }）— 予定を { $over } 超過
conf-items-run-late = { $run } 項目を実施し、そのうち { $late } 項目が遅れて始まりました（予定の開始から1分以上遅れ）。
conf-over-plan-paused = 予定超過は合計 { $over }、一時停止は { $paused } でした。
conf-where = { $rooms } 会場、{ $days } 日間で { $sessions } セッション
conf-room-by-room = 会場別
conf-day-chart-label = { $day }、{ $rooms } 会場の予定と実績
format-csv = CSV 形式の実績時刻
format-json = JSON 形式の完全なレポート
format-md = Markdown レポート
format-chapters = 動画チャプター
format-html = レポートページ
format-cuts = カット位置
format-frab-xml = 実施どおりのスケジュール（frab XML）
format-frab-json = 実施どおりのスケジュール（frab JSON）
format-sreview = SReview 用の修正
format-no-recording-marked = 録画がマークされていません：時刻はセッションの実際の開始から数えます（録画はウィンドウで V を押すか、スクリプトの `record start` でマークします）
open-running = 未終了：作成時点（{ $at }）でまだ進行中です。
open-journal-ends = 未終了：記録は { $at } で終わっています（「終了」が押されなかったか、ノート PC が停止しました）。その時点で進行中だった項目は、その時刻までを集計しています。
open-as-asked = 指定どおり { $at } 時点のものです：その時点でセッションはまだ進行中でした。
cli-exists-use-force = { $file } はすでに存在します。置き換えるには --force を使ってください
chapters-not-stopped = 停止なし
chapters-recording = 録画 { $n }（{ $from }–{ $to }）：
chapters-before-the-session = セッション開始前
chapters-rehearsal = （リハーサル）{ $title }
report-timeline-label = セッションのタイムライン（予定と実績）
candidate-events = 件
quoted = 「{ $title }」
change-renamed = { $old }のタイトルが{ $new }に変わりました
change-speakers = { $talk }の登壇者が { $speakers } に変わりました
change-length = { $talk }の長さが { $old } から { $new } に変わりました
change-start = { $talk }の開始予定が { $old } から { $new } に変わりました
change-room-length-dropped = { $talk }：会場で設定した長さが合わなくなったため、ファイルの長さを使います
change-added = { $time } 開始の{ $talk }（{ $length }）を追加しました
change-gone-but-ran = { $talk }はスケジュールから外れましたが、{ $state ->
    [running] 進行中
   *[ran] 実施済み
}のためレポートに残ります
change-removed = { $talk }を削除しました
change-order = ファイルで、これからの項目の順序が変わりました
refuse-no-items = 新しいスケジュールに項目がありません
refuse-a-recording-cannot-be-marked = 未来の時刻に録画をマークすることはできません
refuse-a-recording-is-already-running = すでに録画中です。先に停止してください
refuse-a-recording-cannot-start-before = 前の録画が停止する前に、次の録画を開始することはできません
refuse-no-recording-is-running = 録画中ではありません
refuse-a-recording-cannot-stop-before = 録画をその開始より前に停止することはできません
refuse-no-message-is-shown = メッセージは表示されていません
refuse-the-speaker-s-screens-are = 登壇者の画面はすでに暗転しています
refuse-the-speaker-s-screens-already = 登壇者の画面にはすでにタイマーが表示されています
refuse-the-session-has-already-started = セッションはすでに始まっています。リハーサルは「開始」を押す前に選んでください
refuse-this-run-is-already-a = この実行はすでにリハーサルです
refuse-the-session-has-already-started-2 = セッションはすでに始まっています
refuse-every-item-is-skipped-unskip = すべての項目がスキップされています。開始するには、いずれかのスキップを解除してください
refuse-nothing-is-running = 何も進行していません
refuse-already-paused = すでに一時停止中です
refuse-not-paused = 一時停止中ではありません
refuse-there-is-nothing-to-go = 戻る先がありません
refuse-item-not-in-the-running = 進行表にない項目です
refuse-the-last-item-ended = 最後に終わった項目の終了時刻
refuse-the-previous-item-s-last = 前の項目の最後のフェーズの開始時刻
refuse-the-previous-phase-started = 前のフェーズの開始時刻
refuse-that-is-after-a-pause = このフェーズで一時停止が始まった後の時刻です
refuse-nothing-to-catch-up-the = 挽回するものがありません。セッションが予定どおりか、これからの発表に短縮できるものがありません
refuse-no-such-item = 項目 { $n } はありません。このセッションの項目は { $count } 件です
refuse-not-upcoming = 「{ $talk }」は開始前の項目ではありません
refuse-no-recording-marked = マークされた録画はありません
refuse-there-are-recordings = 録画は { $count } 件しかありません
refuse-recording-out-of-order = 録画 { $n } の順序が前後の録画と食い違ってしまいます
refuse-recording-not-stopped = 録画 { $n } はまだ停止していません
refuse-cannot-be-used = 新しいスケジュールを使用できません：{ $why }
refuse-extension-range = 延長・短縮は1秒から4時間の範囲で指定してください（{ $seconds } 秒は指定できません）
refuse-not-skipped-before = 「{ $talk }」は開始前にスキップされていません
refuse-place-not-to-come = { $place } 番目は、これからの発表の範囲（{ $from }–{ $to } 番目）にありません。実施済みの発表より前には移動できません
refuse-correction-range = 修正は0秒前から4時間前までの範囲で指定してください（{ $seconds } 秒は指定できません）
refuse-before = 開始時刻が{ $what }（わずか { $seconds } 秒前）より前になってしまいます
refuse-shortening = 「{ $talk }」を短縮すると、フェーズ { $phase } が1分未満になってしまいます
refuse-length-range = 長さは1秒から24時間の範囲で指定してください（{ $seconds } 秒は指定できません）
refuse-trim-positive = 短縮には正の値を指定してください（{ $seconds } 秒は指定できません）
