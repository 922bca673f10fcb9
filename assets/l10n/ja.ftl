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
