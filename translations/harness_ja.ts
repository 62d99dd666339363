<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountConfiguration</name>
    <message>
        <source>No sign-in service is configured. Enter its issuer URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>サインイン サービスが設定されていません。[設定] &gt; [アカウント] &gt; [詳細] で発行者 URL を入力してください。</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer, e.g. http://127.0.0.1:8080).</source>
        <translation>発行者 URL「%1」は使用できません。https:// で始まる必要があります (http:// はこのコンピューターの場合のみ。例: http://127.0.0.1:8080)。</translation>
    </message>
    <message>
        <source>The client id is empty. Enter the desktop app&apos;s client id under Settings &gt; Account &gt; Advanced.</source>
        <translation>クライアント ID が空です。[設定] &gt; [アカウント] &gt; [詳細] でデスクトップ アプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>No sync service is configured. Enter the Convex deployment URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>同期サービスが設定されていません。[設定] &gt; [アカウント] &gt; [詳細] で Convex のデプロイメント URL を入力してください。</translation>
    </message>
    <message>
        <source>The deployment URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer).</source>
        <translation>デプロイメント URL「%1」は使用できません。https:// で始まる必要があります (http:// はこのコンピューターの場合のみ)。</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not return to the app. Please try again.</source>
        <translation>サインインがタイムアウトしました。ブラウザーからアプリに戻りませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Access was denied in the browser. To sign in, start again and allow access.</source>
        <translation>ブラウザーでアクセスが拒否されました。サインインするには、最初からやり直してアクセスを許可してください。</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in attempt, so it was rejected for your safety. Please start the sign-in again.</source>
        <translation>ブラウザーから、このサインインとは関係のない応答が返されたため、安全のため拒否しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your internet connection and try again.</source>
        <translation>サインイン サービスに接続できません。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error. Please try again later.</source>
        <translation>サインイン サービスがエラーを返しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete or invalid (issuer URL or client id). Check them in Settings.</source>
        <translation>サインインの設定 (発行者 URL またはクライアント ID) が不完全か無効です。設定で確認してください。</translation>
    </message>
    <message>
        <source>The sign-in service identified itself as a different issuer than the one configured. Sign-in was stopped; check the issuer URL in Settings.</source>
        <translation>サインイン サービスが、設定とは異なる発行者を名乗りました。サインインを中止しました。設定で発行者 URL を確認してください。</translation>
    </message>
    <message>
        <source>The web browser could not be opened for sign-in. Set a default browser and try again.</source>
        <translation>サインイン用の Web ブラウザーを開けませんでした。既定のブラウザーを設定して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The app could not prepare to receive the sign-in answer (no local port available). Please try again.</source>
        <translation>サインインの応答を受け取る準備ができませんでした (使用できるローカル ポートがありません)。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in service returned an identity token that failed verification, so it was rejected. Please try again; if this keeps happening, contact support.</source>
        <translation>サインイン サービスから返された ID トークンの検証に失敗したため、拒否しました。もう一度お試しください。問題が続く場合はサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The identity token is outside its validity period. Check that your computer&apos;s clock is correct, then sign in again.</source>
        <translation>ID トークンが有効期間外です。コンピューターの時計が正しいことを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>セッションの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in or removed from the system keychain.</source>
        <translation>サインイン情報をシステムのキーチェーンに保存、またはキーチェーンから削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>The model provider</source>
        <translation>モデル プロバイダー</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Fix the key in Settings.</source>
        <translation>%1 が API キーを拒否しました。設定でキーを修正してください。</translation>
    </message>
    <message>
        <source>Your %1 account is out of credits. Add credits or pick a cheaper model.</source>
        <translation>%1 アカウントのクレジットが残っていません。クレジットを追加するか、より安価なモデルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 がリクエストを制限しています。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Wait a moment and try again.</source>
        <translation>%1 がリクエストを制限しています。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). Try again later.</source>
        <translation>%1 でサーバー エラーが発生しました (HTTP %2)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and its settings.</source>
        <translation>%1 がリクエストを拒否しました (HTTP %2)。モデルとその設定を確認してください。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your connection and the provider&apos;s base URL.</source>
        <translation>%1 に接続できませんでした。接続とプロバイダーのベース URL を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 から %n 秒間何も送られてこなかったため、回答を打ち切りました。途中までの回答は保存されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported an error while answering. The partial answer was kept.</source>
        <translation>%1 が回答中にエラーを報告しました。途中までの回答は保存されています。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer was complete. The partial answer was kept.</source>
        <translation>回答が完了する前に %1 との接続が切れました。途中までの回答は保存されています。</translation>
    </message>
    <message>
        <source>%1 sent a response that could not be read. The partial answer was kept.</source>
        <translation>%1 から読み取れない応答が送られてきました。途中までの回答は保存されています。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 のメッセージ: %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>HarnessBuilder</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
</context>
<context>
    <name>HarnessDraft</name>
    <message>
        <source>Give the harness a name.</source>
        <translation>ハーネスに名前を付けてください。</translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation>モデルを選んでください (例: anthropic/claude-sonnet-4、openai/gpt-4o)。</translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation>モデル ID にスペースは含まれません (例: anthropic/claude-sonnet-4)。</translation>
    </message>
</context>
<context>
    <name>JsonRpcSession</name>
    <message>
        <source>The server did not answer &quot;%1&quot; within %2 seconds.</source>
        <translation>サーバーが %2 秒以内に「%1」に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>このデバイスには、別の Harness アカウントの項目 (ハーネス、会話、メッセージ、設定) が %n 件あります。

%1 にアップロードしますか? それとも、このデバイスだけに残しますか (同期されません)? このデバイスから削除することもできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>このデバイスには、アカウントなしで作成した項目 (ハーネス、会話、メッセージ、設定) が %n 件あります。

%1 にアップロードして Web やほかのデバイスにも表示しますか? それとも、このデバイスだけに残しますか (同期されません)? このデバイスから削除することもできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>このデバイスのデータ</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>このデバイスだけに残す</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>このデバイスから削除</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
</context>
<context>
    <name>McpServerCatalog</name>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 には「%2」の値が必要です。</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The MCP server has no name. Give it a name.</source>
        <translation>MCP サーバーに名前がありません。名前を付けてください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no command. Enter the program to start, for example &quot;npx&quot;.</source>
        <translation>MCP サーバー「%1」にコマンドがありません。起動するプログラム (例:「npx」) を入力してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no valid URL. Enter an address such as https://example.com/mcp.</source>
        <translation>MCP サーバー「%1」に有効な URL がありません。https://example.com/mcp のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; uses the URL scheme &quot;%2&quot;; only http and https are supported.</source>
        <translation>MCP サーバー「%1」は URL スキーム「%2」を使用しています。http と https のみサポートしています。</translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message>
        <source>Install Node.js (https://nodejs.org), which provides npx, then test again.</source>
        <translation>npx を含む Node.js (https://nodejs.org) をインストールしてから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.</source>
        <translation>uvx を含む uv (https://docs.astral.sh/uv/) をインストールしてから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Install Docker (https://docs.docker.com/get-docker/), then test again.</source>
        <translation>Docker (https://docs.docker.com/get-docker/) をインストールしてから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Install it, or enter the full path of the program.</source>
        <translation>インストールするか、プログラムのフル パスを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>MCP サーバー「%1」が %n 秒以内に応答しませんでした。コマンドまたは URL が正しいか確認してください。npx や uvx で取得するサーバーは、初回に時間がかかることがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not answer in time. Check that the command or URL is right.</source>
        <translation>MCP サーバー「%1」が時間内に応答しませんでした。コマンドまたは URL が正しいか確認してください。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; of MCP server &quot;%2&quot; was not found. %3</source>
        <translation>MCP サーバー「%2」のコマンド「%1」が見つかりませんでした。%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The user stopped the tool call.</source>
        <translation>ユーザーがツールの呼び出しを停止しました。</translation>
    </message>
</context>
<context>
    <name>ModelStep</name>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message>
        <source>no harness named &quot;%1&quot;. `harness-cli harnesses list` shows them.</source>
        <translation>「%1」という名前のハーネスはありません。`harness-cli harnesses list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>no harness yet: create one in the Harness Desktop app, or pass --model ID (e.g. --model openai/gpt-4o).</source>
        <translation>ハーネスがまだありません。Harness Desktop アプリで作成するか、--model ID を指定してください (例: --model openai/gpt-4o)。</translation>
    </message>
    <message>
        <source>Ask a harness; the answer streams to stdout and is saved.</source>
        <translation>ハーネスに質問します。回答は stdout にストリーム出力され、保存されます。</translation>
    </message>
    <message>
        <source>Harness to use.</source>
        <translation>使用するハーネス。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Model id (overrides the harness&apos;s).</source>
        <translation>モデル ID (ハーネスの設定より優先)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Continue this conversation (id or unique prefix).</source>
        <translation>この会話を続けます (ID または一意な先頭部分)。</translation>
    </message>
    <message>
        <source>Answer the conversation again as it stands (after a failed or interrupted answer); needs --conversation and no prompt.</source>
        <translation>現在の状態の会話にもう一度回答します (回答が失敗または中断した後)。--conversation が必要で、プロンプトは指定しません。</translation>
    </message>
    <message>
        <source>Give up when the stream is silent this long (seconds, default 60).</source>
        <translation>ストリームがこの時間応答しない場合は打ち切ります (秒、既定は 60)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The message, or - to read it from stdin.</source>
        <translation>メッセージ。- を指定すると stdin から読み込みます。</translation>
    </message>
    <message>
        <source>cannot read the prompt from stdin.</source>
        <translation>stdin からプロンプトを読み込めません。</translation>
    </message>
    <message>
        <source>--retry answers an existing conversation: give --conversation ID and no prompt.</source>
        <translation>--retry は既存の会話に回答します。--conversation ID を指定し、プロンプトは指定しないでください。</translation>
    </message>
    <message>
        <source>give a prompt, e.g. harness-cli chat &quot;Hello&quot;, or - to read stdin.</source>
        <translation>プロンプトを指定してください。例: harness-cli chat &quot;こんにちは&quot;。- を指定すると stdin から読み込みます。</translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds.</source>
        <translation>--stall-timeout には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;.</source>
        <translation>ID が「%1」の会話はありません。</translation>
    </message>
    <message>
        <source>[tools unavailable] %1</source>
        <translation>[ツールを使用できません] %1</translation>
    </message>
    <message>
        <source>stopped; the partial answer is saved.</source>
        <translation>停止しました。途中までの回答は保存されています。</translation>
    </message>
    <message>
        <source>(conversation %1)</source>
        <translation>(会話 %1)</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>使い方: %1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>List conversations, pinned first, then newest first.</source>
        <translation>会話を一覧表示します (ピン留めしたものが先、その後は新しい順)。</translation>
    </message>
    <message>
        <source>Show at most N (default 50).</source>
        <translation>最大 N 件を表示します (既定は 50)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include archived conversations.</source>
        <translation>アーカイブ済みの会話も含めます。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>会話はまだありません。</translation>
    </message>
    <message>
        <source>ID        LAST MESSAGE      TITLE</source>
        <translation>ID        最終メッセージ    タイトル</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>[pinned] %1</source>
        <translation>[ピン留め] %1</translation>
    </message>
    <message>
        <source>Print one conversation with all its messages (ID may be a unique prefix).</source>
        <translation>1 つの会話をすべてのメッセージとともに表示します (ID は一意な先頭部分でもかまいません)。</translation>
    </message>
    <message>
        <source>Conversation id or a unique prefix of it.</source>
        <translation>会話 ID、またはその一意な先頭部分。</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations show ID [--json]</source>
        <translation>使い方: harness-cli conversations show ID [--json]</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;. `harness-cli conversations list` shows the ids.</source>
        <translation>ID が「%1」の会話はありません。`harness-cli conversations list` で ID を表示できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one conversation; type more of the id.</source>
        <translation>「%1」は複数の会話に一致します。ID をもう少し長く入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>List harnesses (model, status, MCP servers), most recently used first.</source>
        <translation>ハーネスを一覧表示します (モデル、状態、MCP サーバー)。最近使用したものが先です。</translation>
    </message>
    <message>
        <source>No harnesses yet. Create one in the Harness Desktop app.</source>
        <translation>ハーネスはまだありません。Harness Desktop アプリで作成してください。</translation>
    </message>
    <message>
        <source>NAME                  STATUS   SERVERS  MODEL</source>
        <translation>名前                  状態     サーバー  モデル</translation>
    </message>
    <message>
        <source>Usage: harness-cli [--data-dir DIR] &lt;command&gt; [arguments]

Reads and drives the same local store as the Harness Desktop app.

Commands:
</source>
        <translation>使い方: harness-cli [--data-dir DIR] &lt;コマンド&gt; [引数]

Harness Desktop アプリと同じローカル ストアを読み取り、操作します。

コマンド:
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   use the store in DIR (default: $HARNESS_DATA_DIR, else %1)
  -h, --help       show this help; `&lt;command&gt; --help` shows a command&apos;s options
  -v, --version    show the version

Exit codes: 0 success, 1 failure, 2 wrong arguments, 3 not found, 4 database unusable (damaged, locked or newer).
</source>
        <translation>
オプション:
  --data-dir DIR   DIR にあるストアを使用 (既定: $HARNESS_DATA_DIR、未設定なら %1)
  -h, --help       このヘルプを表示。`&lt;コマンド&gt; --help` で各コマンドのオプションを表示
  -v, --version    バージョンを表示

終了コード: 0 成功、1 失敗、2 引数の誤り、3 見つからない、4 データベースを使用できない (破損、ロック中、または新しいバージョン)。
</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>データ ディレクトリ。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run harness-cli --help for the list.</source>
        <translation>不明なコマンド「%1」です。harness-cli --help で一覧を表示できます。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>Start the MCP servers and list their tools (a broken server is reported, the others still listed).</source>
        <translation>MCP サーバーを起動してツールを一覧表示します (不具合のあるサーバーは報告され、ほかのサーバーは一覧に表示されます)。</translation>
    </message>
    <message>
        <source>An mcpServers JSON file (Claude Desktop, Cursor) instead of the saved servers.</source>
        <translation>保存済みのサーバーの代わりに使う mcpServers JSON ファイル (Claude Desktop、Cursor)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no MCP servers configured. Import some with harness-cli mcp import FILE.</source>
        <translation>MCP サーバーが設定されていません。harness-cli mcp import FILE でインポートしてください。</translation>
    </message>
    <message>
        <source>Call one MCP tool and print what the model would get.</source>
        <translation>MCP ツールを 1 つ呼び出し、モデルが受け取る内容を表示します。</translation>
    </message>
    <message>
        <source>An mcpServers JSON file.</source>
        <translation>mcpServers JSON ファイル。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp call SERVER TOOL [JSON]</source>
        <translation>使い方: harness-cli mcp call SERVER TOOL [JSON]</translation>
    </message>
    <message>
        <source>the arguments must be a JSON object: %1</source>
        <translation>引数は JSON オブジェクトである必要があります: %1</translation>
    </message>
    <message>
        <source>no MCP server named &quot;%1&quot;.</source>
        <translation>「%1」という名前の MCP サーバーはありません。</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>進行状況 %1%2 %3</translation>
    </message>
    <message>
        <source>Save the servers of an mcpServers JSON file (tokens go to the keychain).</source>
        <translation>mcpServers JSON ファイルのサーバーを保存します (トークンはキーチェーンに保存されます)。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp import FILE</source>
        <translation>使い方: harness-cli mcp import FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved, but its token is not: %2</source>
        <translation>「%1」は保存されましたが、トークンは保存されませんでした: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>The client the official MCP conformance suite runs (scenario from $MCP_CONFORMANCE_SCENARIO).</source>
        <translation>公式の MCP 適合性テスト スイートが実行するクライアント (シナリオは $MCP_CONFORMANCE_SCENARIO から取得)。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp conformance URL</source>
        <translation>使い方: harness-cli mcp conformance URL</translation>
    </message>
    <message>
        <source>List the provider&apos;s models (cached; --refresh fetches them again).</source>
        <translation>プロバイダーのモデルを一覧表示します (キャッシュを使用。--refresh で再取得)。</translation>
    </message>
    <message>
        <source>Fetch the list from the provider.</source>
        <translation>プロバイダーから一覧を取得します。</translation>
    </message>
    <message>
        <source>Only models whose id or name contains TEXT.</source>
        <translation>ID または名前に TEXT を含むモデルのみ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>warning: the model list could not be cached: %1</source>
        <translation>警告: モデル一覧をキャッシュできませんでした: %1</translation>
    </message>
    <message>
        <source>MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS</source>
        <translation>モデル                                       コンテキスト  入力/1M  出力/1M  ツール</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>モデルがありません。</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.</source>
        <translation>OpenAI 互換のエンドポイント (例: http://localhost:11434/v1)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>この環境変数から API キーを読み込みます。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL, e.g. http://localhost:11434/v1.</source>
        <translation>--base-url には http(s) の URL を指定してください (例: http://localhost:11434/v1)。</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>環境変数 %1 が設定されていないか、空です。</translation>
    </message>
    <message>
        <source>Full-text search over conversation titles and messages.</source>
        <translation>会話のタイトルとメッセージを全文検索します。</translation>
    </message>
    <message>
        <source>Show at most N message hits (default 20).</source>
        <translation>最大 N 件のメッセージ一致を表示します (既定は 20)。</translation>
    </message>
    <message>
        <source>Words to find; the last may be a prefix.</source>
        <translation>検索する単語。最後の単語は前方一致で検索します。</translation>
    </message>
    <message>
        <source>give some words to search for, e.g. harness-cli search &quot;rust lifetimes&quot;</source>
        <translation>検索する単語を指定してください。例: harness-cli search &quot;rust lifetimes&quot;</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Allow every tool call without asking (tools whose stored policy is &quot;never&quot; stay denied).</source>
        <translation>すべてのツール呼び出しを確認なしで許可します (保存済みのポリシーが「never」のツールは拒否されたままです)。</translation>
    </message>
    <message>
        <source>Write the saved servers as an mcpServers JSON file (never their tokens).</source>
        <translation>保存済みのサーバーを mcpServers JSON ファイルとして書き出します (トークンは書き出しません)。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>stdout の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp export [--output FILE]</source>
        <translation>使い方: harness-cli mcp export [--output FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its access token is not exported (it stays in the keychain); enter it again after importing.</source>
        <translation>「%1」: アクセス トークンはエクスポートされません (キーチェーンに残ります)。インポート後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its OAuth sign-in is not exported; you sign in again after importing.</source>
        <translation>「%1」: OAuth のサインインはエクスポートされません。インポート後にもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>%n 個のサーバーを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for this harness (name or id).</source>
        <translation>このハーネスのみ (名前または ID)。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only for this MCP server (name or id).</source>
        <translation>この MCP サーバーのみ (名前または ID)。</translation>
    </message>
    <message>
        <source>Only for this tool of the server (needs --server).</source>
        <translation>このサーバーのこのツールのみ (--server が必要)。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no saved MCP server named &quot;%1&quot;. `harness-cli mcp tools` lists them.</source>
        <translation>「%1」という名前の保存済み MCP サーバーはありません。`harness-cli mcp tools` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>--tool needs --server: a tool name means something only on its server.</source>
        <translation>--tool には --server が必要です。ツール名はそのサーバー上でのみ意味を持ちます。</translation>
    </message>
    <message>
        <source>List the stored tool approval rules (the most specific rule wins).</source>
        <translation>保存済みのツール承認ルールを一覧表示します (最も具体的なルールが優先されます)。</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(すべて)</translation>
    </message>
    <message>
        <source>(deleted harness %1)</source>
        <translation>(削除されたハーネス %1)</translation>
    </message>
    <message>
        <source>(deleted server %1)</source>
        <translation>(削除されたサーバー %1)</translation>
    </message>
    <message>
        <source>No tool policies: read-only tools run, every other tool is asked about.</source>
        <translation>ツール ポリシーはありません: 読み取り専用のツールは実行され、それ以外のツールは毎回確認されます。</translation>
    </message>
    <message>
        <source>HARNESS</source>
        <translation>ハーネス</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Store whether tools run without asking (always), are asked about (ask) or never run; without options for every tool.</source>
        <translation>ツールを確認なしで実行する (always)、確認する (ask)、実行しない (never) のいずれかを保存します。オプションを指定しない場合はすべてのツールが対象です。</translation>
    </message>
    <message>
        <source>ask, always or never.</source>
        <translation>ask、always、never のいずれか。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</source>
        <translation>使い方: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 に設定しました</translation>
    </message>
    <message>
        <source>Remove the tool approval rule of exactly this scope.</source>
        <translation>この範囲に完全に一致するツール承認ルールを削除します。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</source>
        <translation>使い方: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</translation>
    </message>
    <message>
        <source>no tool policy with exactly this scope; `harness-cli mcp policy list` shows them.</source>
        <translation>この範囲に完全に一致するツール ポリシーはありません。`harness-cli mcp policy list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>An MCP server asks you to sign in. Open this address in a browser on this computer:
  %1
</source>
        <translation>MCP サーバーがサインインを求めています。このコンピューターのブラウザーで次のアドレスを開いてください:
  %1
</translation>
    </message>
    <message>
        <source>Export one conversation as Markdown or JSON (to stdout or a file).</source>
        <translation>1 つの会話を Markdown または JSON でエクスポートします (stdout またはファイルへ)。</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md (既定) または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations export ID [--format md|json] [--output FILE]</source>
        <translation>使い方: harness-cli conversations export ID [--format md|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format md or --format json.</source>
        <translation>不明な形式「%1」です: --format md または --format json を指定してください。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>not signed in: this data directory uses no Harness account (sign in in the app)</source>
        <translation>サインインしていません: このデータディレクトリは Harness アカウントを使っていません (アプリでサインインしてください)</translation>
    </message>
    <message>
        <source>signing in took too long (the keychain or %1 did not answer)</source>
        <translation>サインインに時間がかかりすぎました (キーチェーンまたは %1 が応答しません)</translation>
    </message>
    <message>
        <source>not signed in: sign in again in the app</source>
        <translation>サインインしていません: アプリでもう一度サインインしてください</translation>
    </message>
    <message>
        <source>the sign-in expired and could not be renewed: sign in again in the app</source>
        <translation>サインインの期限が切れ、更新できませんでした: アプリでもう一度サインインしてください</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Show the signed-in account, its deployment, changes waiting to sync, the last sync and whether live updates answer.</source>
        <translation>サインイン中のアカウント、そのデプロイメント、未同期の変更、最後の同期、ライブ更新が応答するかを表示します。</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for the account (default 20).</source>
        <translation>アカウントを最大 SECONDS 秒待ちます (既定 20)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>%1 から応答がありません</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>アカウント:   %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Deployment:  %1</source>
        <translation>デプロイ:     %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>未同期:       %n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation>最終同期:     %1</translation>
    </message>
    <message>
        <source>Live:        %1</source>
        <translation>ライブ:       %1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>いいえ (%1)</translation>
    </message>
    <message>
        <source>Push local changes to the account and pull its changes, once.</source>
        <translation>ローカルの変更をアカウントへ送り、アカウントの変更を取り込みます (1 回)。</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>SECONDS 秒で中止します (既定 300)。</translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>同期に %n 秒以上かかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>このコンピューターの %n 件の会話・ハーネス・メッセージがまだアカウントにありません: アプリを開いてアップロードするか選んでください</numerusform>
        </translation>
    </message>
    <message>
        <source>the deployment refuses the sign-in: sign in again in the app</source>
        <translation>デプロイメントがサインインを拒否しました: アプリでもう一度サインインしてください</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>%1 と同期しました。</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>ユーザーが「%1」の呼び出しを拒否しました。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval, and stdin is not a terminal to ask on. Pass --yes to allow tools, or allow this one with `%2`.</source>
        <translation>ツール「%1」には承認が必要ですが、stdin が確認用の端末ではありません。ツールを許可するには --yes を指定するか、`%2` でこのツールを許可してください。</translation>
    </message>
    <message>
        <source>Tool call: %1 (server &quot;%2&quot;, tool &quot;%3&quot;)</source>
        <translation>ツールの呼び出し: %1 (サーバー「%2」、ツール「%3」)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>destructive: may delete or overwrite data</source>
        <translation>破壊的: データを削除または上書きする可能性があります</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>変更を加える可能性があります</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Allow? [y] once / [s] this session / [a] always / [n] deny: </source>
        <extracomment>y, s, a and n are the keys the user types; keep them untranslated</extracomment>
        <translation>許可しますか? [y] 今回のみ / [s] このセッション中 / [a] 常に / [n] 拒否: </translation>
    </message>
    <message>
        <source>(This server is not saved, so the answer holds for this run only.)
</source>
        <translation>(このサーバーは保存されていないため、この回答は今回の実行にのみ適用されます。)
</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalElicitationHandler</name>
    <message>
        <source>yes/no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>number or name of a choice</source>
        <translation>選択肢の番号または名前</translation>
    </message>
    <message>
        <source>choices separated by commas</source>
        <translation>カンマ区切りの選択肢</translation>
    </message>
    <message>
        <source>harness-cli: MCP server &quot;%1&quot; asked for input (&quot;%2&quot;); declined because stdin is not a terminal.
</source>
        <translation>harness-cli: MCP サーバー「%1」が入力 (「%2」) を求めましたが、stdin が端末ではないため拒否しました。
</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; asks:</source>
        <translation>MCP サーバー「%1」からの質問:</translation>
    </message>
    <message>
        <source>(Enter keeps the [default]; &quot;-&quot; leaves an optional field empty; Ctrl-D cancels.)</source>
        <translation>(Enter で [既定値] のまま、「-」で省略可能な項目を空に、Ctrl-D でキャンセル。)</translation>
    </message>
    <message>
        <source>(These fields cannot be filled in here: %1)</source>
        <translation>(次の項目はここでは入力できません: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>「%1」は必須です。</translation>
    </message>
    <message>
        <source>Send? [a] accept / [d] decline / [c] cancel: </source>
        <extracomment>a, d and c are the keys the user types; keep them untranslated</extracomment>
        <translation>送信しますか? [a] 承諾 / [d] 辞退 / [c] キャンセル: </translation>
    </message>
</context>
<context>
    <name>harness::core::AccountService</name>
    <message>
        <source>Sign out before changing where the account signs in and syncs.</source>
        <translation>アカウントのサインイン先と同期先を変更する前にサインアウトしてください。</translation>
    </message>
    <message>
        <source>No web browser is available to sign in.</source>
        <translation>サインインに使える Web ブラウザーがありません。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>No account chosen yet</source>
        <translation>アカウントがまだ選ばれていません</translation>
    </message>
    <message>
        <source>Local profile: not syncing</source>
        <translation>ローカル プロファイル: 同期していません</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>サインアウトしました: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync again</source>
        <translation>サインアウトしました: 同期を再開するにはサインインしてください</translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message>
        <source>No model provider is set up.</source>
        <translation>モデル プロバイダーが設定されていません。</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s output limit.</source>
        <translation>モデルの出力上限に達したため、回答が途中で切れました。</translation>
    </message>
    <message>
        <source>Error: there is no tool named &quot;%1&quot;. Available tools: %2.</source>
        <translation>エラー: 「%1」という名前のツールはありません。使用できるツール: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Error: the arguments for tool &quot;%1&quot; were not valid JSON, so the tool was not called. Received: %2. Send a single JSON object that matches the tool&apos;s input schema.</source>
        <translation>エラー: ツール「%1」の引数が有効な JSON ではなかったため、ツールを呼び出しませんでした。受け取った内容: %2。ツールの入力スキーマに合う JSON オブジェクトを 1 つ送ってください。</translation>
    </message>
    <message>
        <source>Error: the tool could not be started.</source>
        <translation>エラー: ツールを起動できませんでした。</translation>
    </message>
    <message>
        <source>The user did not allow the tool &quot;%1&quot; to run.</source>
        <translation>ユーザーがツール「%1」の実行を許可しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>ツール呼び出しが %n 回に達したため停止しました。このハーネスで 1 回の回答に許可されている上限です。ハーネスの設定で上限を引き上げるか、モデルに続きを依頼してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user stopped the answer before this tool call finished.</source>
        <translation>このツール呼び出しが完了する前に、ユーザーが回答を停止しました。</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatService</name>
    <message>
        <source>The harness &quot;%1&quot; has no model. Choose one in the harness settings, then try again.</source>
        <translation>ハーネス「%1」にモデルが設定されていません。ハーネスの設定でモデルを選んでから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatStream</name>
    <message>
        <source>unreadable chunk: %1</source>
        <translation>読み取れないチャンク: %1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>予期しない本文: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>ツールの呼び出し</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
    <message>
        <source>Resource: &lt;%1&gt;</source>
        <translation>リソース: &lt;%1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>入力 %1、出力 %2</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>%1, answering</source>
        <extracomment>Screen reader text of a sidebar row whose answer is streaming; %1 is the title.</extracomment>
        <translation>%1、回答中</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <extracomment>Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.</extracomment>
        <translation>%1、未読</translation>
    </message>
</context>
<context>
    <name>harness::core::DataMover</name>
    <message>
        <source>There is not enough free space there: the data needs %1 MB and %2 MB are free. Free some space or choose a folder on another disk.</source>
        <extracomment>%1 and %2 are sizes in megabytes</extracomment>
        <translation>空き容量が足りません: データには %1 MB 必要ですが、空きは %2 MB です。空き容量を増やすか、別のディスクのフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder with its full path.</source>
        <translation>フルパスでフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>データはすでに %1 にあります。</translation>
    </message>
    <message>
        <source>Choose a folder outside the current data folder %1.</source>
        <translation>現在のデータ フォルダー %1 の外にあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose an empty folder or a new one.</source>
        <translation>%1 はファイルで、フォルダーではありません。空のフォルダーか新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed with your data.</source>
        <translation>%1 は空ではありません。データが混ざらないよう、空のフォルダーか新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The copy could not be opened (%1).</source>
        <translation>コピーを開けませんでした (%1)。</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>テーブルがありません</translation>
    </message>
    <message>
        <source>The copy does not match: table %1 has %2 rows here but %3 in the copy.</source>
        <extracomment>%1 is a table name, %2 and %3 row counts</extracomment>
        <translation>コピーが一致しません: テーブル %1 はここでは %2 行ですが、コピーでは %3 行です。</translation>
    </message>
    <message>
        <source>The copy does not match: it has %1 tables instead of %2.</source>
        <translation>コピーが一致しません: テーブル数が %2 ではなく %1 です。</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there, or choose another folder.</source>
        <translation>%1 を作成できませんでした。書き込み権限を確認するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Nothing was moved; your data stays in %1.</source>
        <translation>何も移動していません。データは %1 にあります。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose a folder you may write to.</source>
        <translation>%1 に書き込めません (%2)。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>ディスクがいっぱいです: %1。</translation>
    </message>
    <message>
        <source>Copying the database failed: %1.</source>
        <translation>データベースのコピーに失敗しました: %1。</translation>
    </message>
    <message>
        <source>Could not read the current database to check the copy: %1.</source>
        <translation>コピーを確認するための現在のデータベースを読み取れませんでした: %1。</translation>
    </message>
    <message>
        <source>Could not copy %1: %2.</source>
        <translation>%1 をコピーできませんでした: %2。</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (is the disk full?).</source>
        <translation>%1 のコピーが不完全です (ディスクがいっぱいではありませんか?)。</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>コピーの名前を %1 にできませんでした。</translation>
    </message>
    <message>
        <source>Could not record the new folder in %1: %2.</source>
        <translation>新しいフォルダーを %1 に記録できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>ファイルが有効な JSON ではありません (バイト %2 で %1)。何もインポートされていません。</translation>
    </message>
    <message>
        <source>This is not a Harness Desktop export file. Nothing was imported.</source>
        <translation>これは Harness Desktop のエクスポート ファイルではありません。何もインポートされていません。</translation>
    </message>
    <message>
        <source>This export was made by a newer Harness Desktop. Update the app, then import it again. Nothing was imported.</source>
        <translation>このエクスポートは新しいバージョンの Harness Desktop で作成されています。アプリを更新してから、もう一度インポートしてください。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; was skipped: %2</source>
        <translation>プロバイダー「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was skipped: %2</source>
        <translation>MCP サーバー「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was not updated: %2</source>
        <translation>MCP サーバー「%1」は更新されませんでした: %2</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; was skipped: %2</source>
        <translation>ハーネス「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>A message of &quot;%1&quot; was skipped: its id belongs to another conversation here.</source>
        <translation>「%1」のメッセージを 1 件スキップしました: その ID はここでは別の会話に属しています。</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>インポートに失敗しました。何も変更されていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>ハーネスを %n 個追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>ハーネスを %n 個更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>MCP サーバーを %n 個追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>MCP サーバーを %n 個更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>プロバイダーを %n 個追加しました (キーはエクスポートに含まれません)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>プロバイダーを %n 個更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>会話を %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>会話を %n 件更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>メッセージを %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>メッセージを %n 件更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n 件の項目はすでに存在していたため、そのままにしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were taken from the file.</source>
        <translation>ファイルから設定を読み込みました。</translation>
    </message>
    <message>
        <source>The file held nothing new.</source>
        <translation>ファイルに新しい内容はありませんでした。</translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
</context>
<context>
    <name>harness::core::GuardedSecretStore</name>
    <message>
        <source>No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or choose &quot;Keep secrets for this session only&quot; in Settings; they are forgotten when you quit.</source>
        <translation>システム キーチェーンに接続できないため、シークレットを安全に保管できません (%1)。シークレットが平文で保存されることはありません。キーチェーン (GNOME Keyring、KWallet) を起動してアプリを再起動するか、設定で [シークレットをこのセッションだけ保持] を選んでください。終了時に破棄されます。</translation>
    </message>
</context>
<context>
    <name>harness::core::HarnessBuilder</name>
    <message>
        <source>Untitled harness</source>
        <translation>無題のハーネス</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>「%1」のトークンは保存されませんでした: キーチェーンがありません。</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>「%1」のトークンは保存されませんでした: %2</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: no keychain.</source>
        <translation>「%1」のキーは保存されませんでした: キーチェーンがありません。</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: %2</source>
        <translation>「%1」のキーは保存されませんでした: %2</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>「%1」のサインイン情報は保存されませんでした: キーチェーンがありません。</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: %2</source>
        <translation>「%1」のサインイン情報は保存されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::HeadlessAuthorizationOpener</name>
    <message>
        <source>The authorization server did not redirect back (HTTP %1).</source>
        <translation>認可サーバーからリダイレクトで戻りませんでした (HTTP %1)。</translation>
    </message>
</context>
<context>
    <name>harness::core::HistoryBuilder</name>
    <message>
        <source>The tool call did not complete.</source>
        <translation>ツール呼び出しが完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>harness::core::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be kept safely. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet. (%1)</source>
        <translation>使用できるシステム キーチェーンがないため、シークレットを安全に保管できません。Linux では、GNOME Keyring や KWallet などの Secret Service プロバイダーをインストールして起動してください。(%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again. (%1)</source>
        <translation>システム キーチェーンがアクセスを拒否しました。ロックを解除して、もう一度お試しください。(%1)</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システム キーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システム キーチェーン</translation>
    </message>
</context>
<context>
    <name>harness::core::LegacySseTransport</name>
    <message>
        <source>MCP server &quot;%1&quot; named a message endpoint on another origin (%2); refusing it.</source>
        <translation>MCP サーバー「%1」が別のオリジン (%2) のメッセージ エンドポイントを指定したため、拒否しました。</translation>
    </message>
    <message>
        <source>Legacy SSE endpoint: %1</source>
        <translation>旧形式の SSE エンドポイント: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>%2 の MCP サーバー「%1」に接続できませんでした: %3。URL とサーバーが起動していることを確認してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the event stream (HTTP %2). Check the URL and the transport type.</source>
        <translation>MCP サーバー「%1」がイベント ストリームを拒否しました (HTTP %2)。URL とトランスポートの種類を確認してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed its event stream.</source>
        <translation>MCP サーバー「%1」がイベント ストリームを閉じました。</translation>
    </message>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>MCP サーバー「%1」との接続は閉じています。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not accept a message (HTTP %2: %3).</source>
        <translation>MCP サーバー「%1」がメッセージを受け付けませんでした (HTTP %2: %3)。</translation>
    </message>
</context>
<context>
    <name>harness::core::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>サインインが完了していません</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>このタブを閉じて %1 に戻ってください。</translation>
    </message>
    <message>
        <source>Return to %1 to see what happened and try again.</source>
        <translation>%1 に戻って状況を確認し、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>harness::core::MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>[image] (click to load)</source>
        <translation>[画像] (クリックして読み込み)</translation>
    </message>
    <message>
        <source>[image: %1] (click to load)</source>
        <translation>[画像: %1] (クリックして読み込み)</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[画像]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[画像: %1]</translation>
    </message>
</context>
<context>
    <name>harness::core::McpAuthorizationGate</name>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; requires sign-in. Set its authentication to OAuth, or enter an access token, in the server settings.</source>
        <translation>MCP サーバー「%1」にはサインインが必要です。サーバーの設定で認証を OAuth にするか、アクセス トークンを入力してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; still refuses access after signing in again; the account may lack the needed permission (%2).</source>
        <translation>再度サインインしても MCP サーバー「%1」がアクセスを拒否しています。アカウントに必要な権限がない可能性があります (%2)。</translation>
    </message>
    <message>
        <source>The server asks for authorization; signing in.</source>
        <translation>サーバーが認可を要求しています。サインインしています。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the access token (%2). Check the token, or enter a new one.</source>
        <translation>MCP サーバー「%1」がアクセス トークンを拒否しました (%2)。トークンを確認するか、新しいトークンを入力してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpClient</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; was closed.</source>
        <translation>MCP サーバー「%1」との接続が閉じられました。</translation>
    </message>
    <message>
        <source>The server&apos;s session expired; initializing a new one.</source>
        <translation>サーバーのセッションの有効期限が切れました。新しいセッションを初期化しています。</translation>
    </message>
    <message>
        <source>The server does not accept Streamable HTTP; trying the older HTTP+SSE transport.</source>
        <translation>サーバーが Streamable HTTP を受け付けません。旧形式の HTTP+SSE トランスポートを試しています。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not complete the handshake: %2</source>
        <translation>MCP サーバー「%1」がハンドシェイクを完了しませんでした: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; speaks protocol version &quot;%2&quot;, which Harness does not support (supported: %3). Update the server or Harness.</source>
        <translation>MCP サーバー「%1」はプロトコル バージョン「%2」を使用していますが、Harness はこのバージョンをサポートしていません (サポート: %3)。サーバーまたは Harness を更新してください。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (protocol %3).</source>
        <translation>%1 %2 に接続しました (プロトコル %3)。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; could not list its tools: %2</source>
        <translation>MCP サーバー「%1」がツールを一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <source>Last server output: %1</source>
        <translation>サーバーの最後の出力: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping.</source>
        <translation>MCP サーバー「%1」を停止しています。</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>サーバーを停止しました。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping. Start it and try again.</source>
        <translation>MCP サーバー「%1」は停止中です。起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. Start it and try again.</source>
        <translation>MCP サーバー「%1」は実行されていません。起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; rejected the call to &quot;%2&quot;: %3 (code %4)</source>
        <translation>MCP サーバー「%1」が「%2」の呼び出しを拒否しました: %3 (コード %4)</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; on MCP server &quot;%2&quot; timed out: %3 Increase the server&apos;s timeout if the tool needs longer.</source>
        <translation>MCP サーバー「%2」のツール「%1」がタイムアウトしました: %3 ツールに時間がかかる場合は、サーバーのタイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not run: %2</source>
        <translation>ツール「%1」を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>MCP サーバー「%1」は実行されていません。</translation>
    </message>
    <message>
        <source>The server cancelled its request: %1</source>
        <translation>サーバーがリクエストをキャンセルしました: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::McpCredentialKeeper</name>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>%2 から %1 を削除できませんでした: %3</translation>
    </message>
    <message>
        <source>The saved sign-in of MCP server &quot;%1&quot; is unreadable; sign in again.</source>
        <translation>MCP サーバー「%1」の保存済みサインイン情報を読み取れません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in of MCP server &quot;%1&quot; could not be saved in %2 (%3); you will be asked to sign in again next time.</source>
        <translation>MCP サーバー「%1」のサインイン情報を %2 に保存できませんでした (%3)。次回もう一度サインインを求められます。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>「%1」は必須です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>「%1」は「はい」か「いいえ」で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>「%1」は数値で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>「%1」は %2 以上にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>「%1」は %2 以下にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of the offered choices.</source>
        <translation>「%1」は提示された選択肢のいずれかにしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of choices.</source>
        <translation>「%1」は選択肢のリストにしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must only contain the offered choices.</source>
        <translation>「%1」には提示された選択肢のみを含めてください。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>「%1」の項目を %n 個以上選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>「%1」の項目は %n 個以下にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>「%1」はテキストで指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>「%1」は %n 文字以上必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>「%1」は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an email address, like name@example.com.</source>
        <translation>「%1」はメール アドレス (例: name@example.com) で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full address, like https://example.com.</source>
        <translation>「%1」は完全なアドレス (例: https://example.com) で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2025-12-31.</source>
        <translation>「%1」は 2025-12-31 のような日付で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2025-12-31T18:30:00Z.</source>
        <translation>「%1」は 2025-12-31T18:30:00Z のような日時で指定してください。</translation>
    </message>
    <message>
        <source>Answer yes or no for &quot;%1&quot;.</source>
        <translation>「%1」には「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>「%1」は「%2」の選択肢にありません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>harness::core::McpOAuth</name>
    <message>
        <source>MCP server %1 requires sign-in, but there is no way to open a browser here.</source>
        <translation>MCP サーバー %1 にはサインインが必要ですが、この環境ではブラウザーを開けません。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>サインインのリダイレクトを 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>MCP server %1 published authorization metadata for a different resource (%2); refusing to sign in. Check the server URL.</source>
        <translation>MCP サーバー %1 が別のリソース (%2) の認可メタデータを公開しているため、サインインを拒否しました。サーバーの URL を確認してください。</translation>
    </message>
    <message>
        <source>The authorization server of %1 does not support automatic client registration. Enter a client ID (and secret) for this server in its settings.</source>
        <translation>%1 の認可サーバーはクライアントの自動登録をサポートしていません。このサーバーの設定でクライアント ID (とシークレット) を入力してください。</translation>
    </message>
    <message>
        <source>Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client ID for this server in its settings.</source>
        <translation>%1 の認可サーバーへの Harness の登録に失敗しました (HTTP %2)。このサーバーの設定でクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Sign-in for %1 did not complete within 5 minutes. Try again.</source>
        <translation>%1 へのサインインが 5 分以内に完了しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign-in for %1 was refused: %2 %3</source>
        <translation>%1 へのサインインが拒否されました: %2 %3</translation>
    </message>
    <message>
        <source>The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.</source>
        <translation>%1 の認可サーバーがトークンを発行しませんでした (HTTP %2: %3)。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message>
        <source>Restarting the server (attempt %1).</source>
        <translation>サーバーを再起動しています (%1 回目)。</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is not configured. Add it in the settings or remove it from the harness.</source>
        <translation>MCP サーバー「%1」は設定されていません。設定で追加するか、ハーネスから削除してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. It is restarted automatically; try again in a moment.</source>
        <translation>MCP サーバー「%1」は実行されていません。自動的に再起動されるので、少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Its MCP server may have been removed or may not be running.</source>
        <translation>「%1」という名前のツールはありません。その MCP サーバーが削除されたか、実行されていない可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>サーバーが %n 回続けて失敗しました。次に使用するときに再び起動します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServersJson</name>
    <message>
        <source>&quot;%1&quot; must be an object of names to text values.</source>
        <translation>「%1」は名前とテキスト値の対応を表すオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; value &quot;%2&quot; must be text.</source>
        <translation>「%1」の値「%2」はテキストである必要があります。</translation>
    </message>
    <message>
        <source>Unknown server type &quot;%1&quot;; expected stdio, http or sse.</source>
        <translation>不明なサーバーの種類「%1」です。stdio、http、sse のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The entry has both &quot;command&quot; and &quot;url&quot;; keep only one.</source>
        <translation>エントリに「command」と「url」の両方があります。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing or not text; it names the program to start.</source>
        <translation>「command」がないか、テキストではありません。起動するプログラムを指定します。</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of text arguments.</source>
        <translation>「args」はテキスト引数のリストである必要があります。</translation>
    </message>
    <message>
        <source>&quot;args&quot; must contain only text arguments.</source>
        <translation>「args」にはテキスト引数のみを含めてください。</translation>
    </message>
    <message>
        <source>The entry has neither &quot;command&quot; nor &quot;url&quot;; say how to start or reach the server.</source>
        <translation>エントリに「command」も「url」もありません。サーバーの起動方法か接続先を指定してください。</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid http or https address.</source>
        <translation>「url」は有効な http または https のアドレスではありません。</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1 at position %2). Copy the whole configuration, including the outer braces.</source>
        <translation>テキストが有効な JSON ではありません (位置 %2 で %1)。外側の波かっこを含めて、設定全体をコピーしてください。</translation>
    </message>
    <message>
        <source>Expected a JSON object with an &quot;mcpServers&quot; object.</source>
        <translation>「mcpServers」オブジェクトを含む JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object found. Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</source>
        <translation>「mcpServers」オブジェクトが見つかりません。{&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}} の形式が必要です。</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>サーバー名が空です。</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>エントリがオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolProvider</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolResult</name>
    <message>
        <source>[image: %1, %2]</source>
        <translation>[画像: %1、%2]</translation>
    </message>
    <message>
        <source>[audio: %1, %2]</source>
        <translation>[音声: %1、%2]</translation>
    </message>
    <message>
        <source>[resource link: %1 &lt;%2&gt;</source>
        <translation>[リソース リンク: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>[resource %1: %2, %3]</source>
        <translation>[リソース %1: %2、%3]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[リソース %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>メモリ (このセッションのみ)</translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation>この回答の受信中に Harness Desktop が終了しました。受信済みのテキストは保存されています。再試行するか、続きを生成してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::ModelCatalog</name>
    <message>
        <source>not a model list: %1</source>
        <translation>モデル一覧ではありません: %1</translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 が %n 秒以内に応答しませんでした。接続またはプロキシを確認して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address for typos and that you are online.</source>
        <translation>サーバー名 %1 が見つかりませんでした。アドレスに誤りがないか、オンラインかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. Check the address and port, and that the server is running.</source>
        <translation>%1 で応答するものがありません。アドレスとポート、サーバーが起動していることを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your connection or proxy, then try again.</source>
        <translation>%1 への接続がタイムアウトしました。接続またはプロキシを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 が応答する前に接続を閉じました。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check the address (https vs. http) and your system&apos;s date and certificates.</source>
        <translation>%1 との安全な接続を確立できませんでした。アドレス (https か http か) と、システムの日付と証明書を確認してください。</translation>
    </message>
    <message>
        <source>The network proxy could not be used to reach %1. Check Settings &gt; Network.</source>
        <translation>ネットワーク プロキシ経由で %1 に接続できませんでした。[設定] &gt; [ネットワーク] を確認してください。</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password. Enter them in Settings &gt; Network.</source>
        <translation>ネットワーク プロキシがユーザー名とパスワードを求めています。[設定] &gt; [ネットワーク] で入力してください。</translation>
    </message>
    <message>
        <source>This device seems to be offline, so %1 cannot be reached. Connect to the internet and try again.</source>
        <translation>このデバイスはオフラインのようです。そのため %1 に接続できません。インターネットに接続して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The address of %1 must start with http:// or https://.</source>
        <translation>%1 のアドレスは http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and your connection, then try again.</source>
        <translation>%1 に接続できませんでした。アドレスと接続を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>harness::core::NoToolProvider</name>
    <message>
        <source>Tool &quot;%1&quot; is not available.</source>
        <translation>ツール「%1」は使用できません。</translation>
    </message>
</context>
<context>
    <name>harness::core::OAuthLoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop received the sign-in result. You can close this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop がサインインの結果を受け取りました。このウィンドウは閉じてかまいません。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>harness::core::OpenRouterConnect</name>
    <message>
        <source>OpenRouter did not send you back in time. Click &quot;Connect OpenRouter&quot; to try again.</source>
        <translation>OpenRouter から時間内に戻りませんでした。[OpenRouter に接続] をクリックして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not open a local port to receive OpenRouter&apos;s answer. Paste a key instead.</source>
        <translation>OpenRouter の応答を受け取るローカル ポートを開けませんでした。代わりにキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself to connect: %1</source>
        <translation>Web ブラウザーを開けませんでした。接続するには、次のアドレスを自分で開いてください: %1</translation>
    </message>
    <message>
        <source>Connecting OpenRouter was cancelled.</source>
        <translation>OpenRouter への接続はキャンセルされました。</translation>
    </message>
    <message>
        <source>OpenRouter sent you back without a code. Try again, or paste a key instead.</source>
        <translation>OpenRouter からコードなしで戻されました。もう一度試すか、代わりにキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>OpenRouter did not connect: %1</source>
        <translation>OpenRouter に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused to issue a key for this sign-in. Try connecting again.</source>
        <translation>OpenRouter がこのサインインに対するキーの発行を拒否しました。もう一度接続してください。</translation>
    </message>
    <message>
        <source>OpenRouter could not issue a key (HTTP %1). Try again later, or paste a key instead.</source>
        <translation>OpenRouter がキーを発行できませんでした (HTTP %1)。しばらくしてから再試行するか、代わりにキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>(OpenRouter says: %1)</source>
        <translation>(OpenRouter のメッセージ: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderAccess</name>
    <message>
        <source>No model provider is set up. Add your OpenRouter key (or another OpenAI-compatible endpoint) in Settings, then try again.</source>
        <translation>モデル プロバイダーが設定されていません。設定で OpenRouter のキー (またはほかの OpenAI 互換エンドポイント) を追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Add it in Settings, then try again.</source>
        <translation>%1 の API キーが保存されていません。設定で追加してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderKeyCheck</name>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>http:// または https:// で始まる、サーバーの完全なアドレスを入力してください (例: http://localhost:11434/v1)。</translation>
    </message>
    <message>
        <source>The key was rejected. Check that you copied all of it and that it has not been revoked.</source>
        <translation>キーが拒否されました。キー全体をコピーしたか、失効していないかを確認してください。</translation>
    </message>
    <message>
        <source>This server needs an API key. Paste one and check again.</source>
        <translation>このサーバーには API キーが必要です。キーを貼り付けて、もう一度確認してください。</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>(%1 のメッセージ: %2)</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: it usually ends in /v1.</source>
        <translation>%1 は応答しましたが、OpenAI 互換の API ではありません (HTTP %2)。アドレスを確認してください。通常は /v1 で終わります。</translation>
    </message>
    <message>
        <source>%1 could not check the key right now (HTTP %2). Try again later.</source>
        <translation>%1 は現在キーを確認できません (HTTP %2)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAI-compatible API. Check the address: it usually ends in /v1.</source>
        <translation>%1 の応答は OpenAI 互換の API ではありません。アドレスを確認してください。通常は /v1 で終わります。</translation>
    </message>
</context>
<context>
    <name>harness::core::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>プロキシのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name (e.g. proxy.example.com), without http:// or a path.</source>
        <translation>プロキシのホスト名だけを入力してください (例: proxy.example.com)。http:// やパスは不要です。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>プロキシのポートを入力してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::ReadOnlyPolicy</name>
    <message>
        <source>The tool &quot;%1&quot; may change things and was not approved. Allow it when asked, or run harness-cli with --yes.</source>
        <translation>ツール「%1」は変更を加える可能性があり、承認されていません。確認されたときに許可するか、--yes を付けて harness-cli を実行してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteChangeApplier</name>
    <message>
        <source>Not synced: this conversation was deleted on the web or another device. This message is kept on this device only.</source>
        <translation>未同期: この会話は Web または別のデバイスで削除されました。このメッセージはこのデバイスにのみ残ります。</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteImageLoader</name>
    <message>
        <source>The image is larger than %1; it was not loaded.</source>
        <translation>画像が %1 を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The image address redirects to an address that is not http or https; it was not followed.</source>
        <translation>画像のアドレスが http でも https でもないアドレスにリダイレクトされるため、たどりませんでした。</translation>
    </message>
    <message>
        <source>The image address redirects to a %1: address, which is not http or https; it was not followed.</source>
        <translation>画像のアドレスが %1: のアドレス (http でも https でもない) にリダイレクトされるため、たどりませんでした。</translation>
    </message>
    <message>
        <source>Only http and https images can be loaded.</source>
        <translation>読み込めるのは http と https の画像だけです。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>ネットワークを使用できません。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>サーバーが HTTP %1 (%2) を返しました。</translation>
    </message>
    <message>
        <source>The image server did not answer in time.</source>
        <translation>画像サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>画像をダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>The address did not return an image (it sent %1).</source>
        <translation>このアドレスは画像を返しませんでした (返された内容: %1)。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何も返されませんでした</translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
</context>
<context>
    <name>harness::core::StdioTransport</name>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the command &quot;%2&quot; was not found or is not executable. Install it, or enter its full path in the server settings.</source>
        <translation>MCP サーバー「%1」を起動できませんでした: コマンド「%2」が見つからないか、実行できません。インストールするか、サーバーの設定でフル パスを入力してください。</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the working directory &quot;%2&quot; does not exist. Fix it in the server settings.</source>
        <translation>MCP サーバー「%1」を起動できませんでした: 作業ディレクトリ「%2」が存在しません。サーバーの設定で修正してください。</translation>
    </message>
    <message>
        <source>Starting %1 %2</source>
        <translation>%1 %2 を起動しています</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>MCP サーバー「%1」は実行されていません。</translation>
    </message>
    <message>
        <source>Server did not exit after stdin closed; terminating.</source>
        <translation>stdin を閉じてもサーバーが終了しませんでした。終了させています。</translation>
    </message>
    <message>
        <source>Server did not terminate; killing it.</source>
        <translation>サーバーが終了しませんでした。強制終了します。</translation>
    </message>
    <message>
        <source>Ignored non-JSON output on stdout: %1</source>
        <translation>stdout に出力された JSON 以外の内容を無視しました: %1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; crashed. See its log for details; it is restarted automatically.</source>
        <translation>MCP サーバー「%1」がクラッシュしました。詳細はログを参照してください。自動的に再起動されます。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; exited unexpectedly with code %2. See its log for details.</source>
        <translation>MCP サーバー「%1」がコード %2 で予期せず終了しました。詳細はログを参照してください。</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot; (%2): %3. Check the command in the server settings.</source>
        <translation>MCP サーバー「%1」を起動できませんでした (%2): %3。サーバーの設定でコマンドを確認してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation>会話データベースを開けません。データ フォルダーが存在し、書き込み権限があることを確認するか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation>会話データベースが破損しているため読み込めません。Harness はファイルに手を加えません。新しいデータベースで始めて、古いファイルは復旧用に保管できます。</translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation>会話データベースは新しいバージョンの Harness Desktop で書き込まれています。開くにはアプリを更新してください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation>会話データベースがほかのプログラムによってロックされています。同じデータ フォルダーを使用しているほかの Harness Desktop または harness-cli を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation>会話データベースは読み取り専用です。データ フォルダーのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>ディスクがいっぱいのため、変更を保存できませんでした。空き領域を確保してから、もう一度お試しください。保存済みのデータは失われていません。</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>該当する項目がありません。</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>リクエストが無効です。</translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation>会話データベースがエラーを報告しました。</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(詳細: %1)</translation>
    </message>
</context>
<context>
    <name>harness::core::StoredApprovalPolicy</name>
    <message>
        <source>Change it in the settings (tool approval), or with `%1`.</source>
        <translation>設定 (ツールの承認) で変更するか、`%1` で変更してください。</translation>
    </message>
    <message>
        <source>Change it in the tools of the MCP server &quot;%1&quot; (Harnesses page), or with `%2`.</source>
        <translation>MCP サーバー「%1」のツール ([ハーネス] ページ) で変更するか、`%2` で変更してください。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot; is set to never run. %3</source>
        <translation>MCP サーバー「%2」のツール「%1」は実行しないように設定されています。%3</translation>
    </message>
    <message>
        <source>The user denied the tool &quot;%1&quot; for this session.</source>
        <translation>ユーザーがこのセッション中のツール「%1」の実行を拒否しました。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval and nobody can be asked here. Allow it for this server with `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, or run harness-cli with --yes.</source>
        <translation>ツール「%1」には承認が必要ですが、ここでは誰にも確認できません。`harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always` でこのサーバーに対して許可するか、--yes を付けて harness-cli を実行してください。</translation>
    </message>
</context>
<context>
    <name>harness::core::StreamableHttpTransport</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>MCP サーバー「%1」との接続は閉じています。</translation>
    </message>
    <message>
        <source>Ignored a message that is not JSON: %1</source>
        <translation>JSON ではないメッセージを無視しました: %1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>%2 の MCP サーバー「%1」に接続できませんでした: %3。URL とサーバーが起動していることを確認してください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused access (HTTP %2). Check its access token or sign in again.</source>
        <translation>MCP サーバー「%1」がアクセスを拒否しました (HTTP %2)。アクセス トークンを確認するか、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; answered HTTP %2 %3.</source>
        <translation>MCP サーバー「%1」が HTTP %2 %3 を返しました。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed the response stream without answering.</source>
        <translation>MCP サーバー「%1」が応答せずにレスポンス ストリームを閉じました。</translation>
    </message>
    <message>
        <source>The server offers no stream for server-initiated messages (HTTP %1).</source>
        <translation>サーバーはサーバーから送信されるメッセージ用のストリームを提供していません (HTTP %1)。</translation>
    </message>
</context>
<context>
    <name>harness::core::SyncEngine</name>
    <message>
        <source>Sync is off</source>
        <translation>同期はオフです</translation>
    </message>
    <message>
        <source>Sync is waiting: choose what to do with the data on this device</source>
        <translation>同期は待機中です: このデバイスのデータをどうするか選んでください</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sync when the connection is back</source>
        <translation>オフライン: 変更は保存され、接続が戻ると同期されます</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>同期エラー: %1</translation>
    </message>
    <message>
        <source>The sign-in token names no account; sign in again.</source>
        <translation>サインイン トークンにアカウントが含まれていません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>サインインの有効期限が切れました。同期を続けるには、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>harness::core::WebModelMap</name>
    <message>
        <source>%1 (runs %2, high reasoning)</source>
        <translation>%1 (%2 として実行、高い推論)</translation>
    </message>
    <message>
        <source>%1 (runs %2)</source>
        <translation>%1 (%2 として実行)</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutDialog</name>
    <message>
        <source>About Harness Desktop</source>
        <translation>Harness Desktop について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;A native chat client for LLM agents with MCP tools.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, used under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, under the BSD 3-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub&apos;s CommonMark), under the BSD 2-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (sign-in token checks), under the Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop itself is released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;MCP ツールを使う LLM エージェントのためのネイティブ チャット クライアント。&lt;/p&gt;&lt;p&gt;データの保存場所: %2&lt;/p&gt;&lt;h3&gt;使用しているソフトウェア&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt; — GNU Lesser General Public License v3 に基づいて使用 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;義務事項&lt;/a&gt;)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause License。&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub の CommonMark) — BSD 2-Clause License。&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt; — パブリック ドメイン。&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (サインイン トークンの検証) — Apache License 2.0。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop 自体は MIT License で公開されています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutPanel</name>
    <message>
        <source>About Qt…</source>
        <translation>Qt について…</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message>
        <source>Sign in to Harness</source>
        <translation>Harness にサインイン</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>サインアウト…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>アカウントなしで使う</translation>
    </message>
    <message>
        <source>Keep everything on this computer and stop syncing.</source>
        <translation>すべてをこのコンピューターに残し、同期を停止します。</translation>
    </message>
    <message>
        <source>Advanced: sign-in and sync addresses</source>
        <translation>詳細: サインインと同期のアドレス</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>発行者 URL</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>発行者 URL:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Sync deployment URL</source>
        <translation>同期デプロイメント URL</translation>
    </message>
    <message>
        <source>Sync deployment URL:</source>
        <extracomment>The Convex deployment that keeps the account&apos;s data</extracomment>
        <translation>同期デプロイメント URL:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply the sign-in and sync addresses</source>
        <translation>サインインと同期のアドレスを適用</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1 (%2) としてサインインしています</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインインしています</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to keep this computer in sync with your account.</source>
        <translation>サインアウトしました。このコンピューターをアカウントと同期させるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Not signed in. This is a local profile: everything stays on this computer and nothing is synced.</source>
        <translation>サインインしていません。これはローカル プロファイルです。すべてこのコンピューターに保存され、何も同期されません。</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>同期: %1 (%n 件の変更が待機中)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同期: %1</translation>
    </message>
    <message>
        <source>Sign out to change these.</source>
        <translation>変更するにはサインアウトしてください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Sign out of Harness? Sync stops on this computer.

Your conversations and harnesses stay in your account. Keep a copy on this computer too, or remove them from this computer?</source>
        <translation>Harness からサインアウトしますか? このコンピューターでの同期は停止します。

会話とハーネスはアカウントに残ります。このコンピューターにもコピーを残しますか? それとも、このコンピューターから削除しますか?</translation>
    </message>
    <message>
        <source>Sign out and keep local copies</source>
        <translation>サインアウトしてローカルのコピーを残す</translation>
    </message>
    <message>
        <source>Sign out and remove them from this computer</source>
        <translation>サインアウトしてこのコンピューターから削除</translation>
    </message>
    <message>
        <source>They stay in your Harness account.</source>
        <translation>Harness アカウントには残ります。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountUi</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Signed out. This is now a local profile.</source>
        <translation>サインアウトしました。現在はローカル プロファイルです。</translation>
    </message>
    <message>
        <source>Your Harness session ended. Sign in again to keep syncing.</source>
        <translation>Harness のセッションが終了しました。同期を続けるには、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatHeader</name>
    <message>
        <source>Conversation title</source>
        <translation>会話のタイトル</translation>
    </message>
    <message>
        <source>Click to rename the conversation</source>
        <translation>クリックして会話の名前を変更</translation>
    </message>
    <message>
        <source>Harness</source>
        <translation>ハーネス</translation>
    </message>
    <message>
        <source>The harness that answers: model, tools and instructions</source>
        <translation>回答するハーネス: モデル、ツール、指示</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown or JSON</source>
        <translation>会話を Markdown または JSON でエクスポートします</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>会話の名前を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>The harness that answers. %1</source>
        <translation>応答するハーネス。%1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation>何でも質問してください。会話はこのコンピューターに随時保存されます。</translation>
    </message>
    <message>
        <source>Continue exactly where your last answer stopped.</source>
        <translation>前回の回答が止まったところから、そのまま続けてください。</translation>
    </message>
    <message>
        <source>Create a harness first: Harnesses → New harness.</source>
        <translation>まずハーネスを作成してください: [ハーネス] → [新しいハーネス]。</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ 最新へ移動</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージに移動</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話のエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>エクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>harness::gui::Composer</name>
    <message>
        <source>Editing your message: sending it starts a new version of the answer; the earlier one is kept.</source>
        <translation>メッセージを編集中です。送信すると新しいバージョンの回答が作られ、以前の回答も残ります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation>メッセージ… (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>もう一度回答</translation>
    </message>
    <message>
        <source>The last answer failed or was cut off: ask the model again</source>
        <translation>前回の回答は失敗したか途中で切れました: モデルにもう一度質問します</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>回答を続ける</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>回答が止まったところからモデルに続けさせます</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived so far is kept</source>
        <translation>回答を停止 (Esc)。受信済みの内容は保存されます</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>編集を送信</translation>
    </message>
</context>
<context>
    <name>harness::gui::ConnectStep</name>
    <message>
        <source>Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in your system keychain, never in Harness&apos;s files.</source>
        <translation>選んだサーバーの一部には、キーまたはサインインが必要です。キーとトークンはシステムのキーチェーンに保管され、Harness のファイルには保存されません。</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>キーチェーンに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>ここに貼り付け</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>入手方法</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in the browser. Harness receives the permission on this computer only.</source>
        <translation>ブラウザーで %1 アカウントにサインインしてください。Harness はこのコンピューターでのみ権限を受け取ります。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>harness::gui::CustomServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP サーバーの追加</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Short, e.g. notes; tools appear as notes__&lt;tool&gt;</source>
        <translation>短い名前 (例: notes)。ツールは notes__&lt;ツール名&gt; と表示されます</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>How the server runs</source>
        <translation>サーバーの実行方法</translation>
    </message>
    <message>
        <source>Local program (stdio)</source>
        <translation>ローカル プログラム (stdio)</translation>
    </message>
    <message>
        <source>Remote server (HTTP)</source>
        <translation>リモート サーバー (HTTP)</translation>
    </message>
    <message>
        <source>&amp;Runs as:</source>
        <translation>実行方法(&amp;R):</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>e.g. npx, uvx, docker or a full path</source>
        <translation>例: npx、uvx、docker、またはフル パス</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>コマンド(&amp;C):</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)</source>
        <translation>例: -y @modelcontextprotocol/server-memory (スペースを含む引数は引用符で囲みます)</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>引数(&amp;A):</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>One NAME=value per line (not for secrets: they would be saved unencrypted)</source>
        <translation>1 行に 1 つ NAME=値 の形式で (シークレットには使わないでください: 暗号化されずに保存されます)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>作業フォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/mcp</source>
        <translation>https://example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>アクセス トークン (Bearer)</translation>
    </message>
    <message>
        <source>Sign in (OAuth)</source>
        <translation>サインイン (OAuth)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;H):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <source>Optional, one Name: value per line</source>
        <translation>省略可。1 行に 1 つ 名前: 値 の形式で</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>ヘッダー(&amp;D):</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>The environment line &quot;%1&quot; is not NAME=value.</source>
        <translation>環境変数の行「%1」が NAME=値 の形式ではありません。</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; is not Name: value.</source>
        <translation>ヘッダーの行「%1」が 名前: 値 の形式ではありません。</translation>
    </message>
    <message>
        <source>Put the token in the Token field (it goes to the keychain), not in a header.</source>
        <translation>トークンはヘッダーではなく [トークン] 欄に入力してください (キーチェーンに保存されます)。</translation>
    </message>
    <message>
        <source>Enter the access token, or choose another kind of authentication.</source>
        <translation>アクセス トークンを入力するか、別の認証方法を選んでください。</translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Your conversations, harnesses and settings are kept in:</source>
        <translation>会話、ハーネス、設定の保存場所:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>エクスポートとインポート</translation>
    </message>
    <message>
        <source>One JSON file with your harnesses, MCP server settings, providers, conversations and settings. Keys and tokens are never exported. Importing merges: what is already here is not duplicated, and newer copies win.</source>
        <translation>ハーネス、MCP サーバーの設定、プロバイダー、会話、設定を 1 つの JSON ファイルにまとめます。キーとトークンはエクスポートされません。インポートは統合され、既存のものは重複せず、新しいコピーが優先されます。</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>すべてのデータをエクスポート…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>すべてのデータをエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>データのインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>%1 に書き込めませんでした: %2。別の場所を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n harness(es)</source>
        <translation>
            <numerusform>ハーネス %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s)</source>
        <translation>
            <numerusform>MCP サーバー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>プロバイダー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <extracomment>%1 is a file path, %2 a list such as &quot;3 conversations, 40 messages, 2 harnesses&quot;</extracomment>
        <translation>%1 にエクスポートしました: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>シークレットと思われる環境変数の値 %n 個を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Move data…</source>
        <translation>データを移動…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>データ フォルダーを移動</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or the environment variable %1, which always win. To keep your data elsewhere, change that option or variable.</source>
        <translation>このフォルダーは --data-dir または環境変数 %1 で指定されており、これらが常に優先されます。データを別の場所に置くには、そのオプションか変数を変更してください。</translation>
    </message>
    <message>
        <source>Move data… copies everything to an empty or new folder (another disk, a synced folder), checks the copy, and uses it from the next start. The old folder is kept until you remove it. API keys are not in this folder; they stay in the system keychain.</source>
        <translation>「データを移動…」はすべてを空のフォルダーか新しいフォルダー (別のディスク、同期フォルダーなど) にコピーし、コピーを確認して、次回の起動から使います。古いフォルダーは削除するまで残ります。API キーはこのフォルダーにはなく、システムのキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>Choose an empty folder for your data</source>
        <translation>データ用の空のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>Copying your data to %1…</source>
        <translation>データを %1 にコピーしています…</translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>データを %1 にコピーして確認しました (会話 %n 件)。Harness Desktop は次回の起動からこれを使います。</numerusform>
        </translation>
    </message>
    <message>
        <source>The old folder %1 is kept until you remove it.</source>
        <translation>古いフォルダー %1 は削除するまで残ります。</translation>
    </message>
    <message>
        <source>Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old folder.</source>
        <translation>今すぐ再起動して使うか、移動をキャンセルしてください: キャンセルするとコピーは削除され、アプリは古いフォルダーを使い続けます。</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>データをコピーしました</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>移動をキャンセル</translation>
    </message>
    <message>
        <source>The move was cancelled; your data stays in %1.</source>
        <translation>移動をキャンセルしました。データは %1 にあります。</translation>
    </message>
    <message>
        <source>Moved to %1. The old folder %2 is kept until you remove it.</source>
        <translation>%1 に移動しました。古いフォルダー %2 は削除するまで残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>まだ %n 件の回答を受信中です。完了を待つか停止してから、データを移動してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ElicitationDialog</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the date format the user types, keep the digits&apos; order</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation>YYYY-MM-DDThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 asks for information</source>
        <translation>%1 が情報を求めています</translation>
    </message>
    <message>
        <source>Asked by the MCP server &quot;%1&quot;. Only send what you are happy to share with it.</source>
        <translation>MCP サーバー「%1」からの依頼です。共有してもかまわない情報だけを送信してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必須</translation>
    </message>
    <message>
        <source>The server also asked for fields this form cannot show: %1.</source>
        <translation>サーバーは、このフォームで表示できない項目も求めています: %1。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Accept and send the answers</source>
        <translation>承諾して回答を送信</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>依頼を辞退</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>harness::gui::GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation>会話を開くと、その会話で最後に使ったハーネスに切り替えます</translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation>ハーネスを自動で切り替え</translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation>ハーネスの自動切り替え:</translation>
    </message>
    <message>
        <source>Default harness for new chats</source>
        <translation>新しいチャットの既定のハーネス</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>新しいチャットで使うハーネス:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
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
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new language applies after you restart the app.</source>
        <translation>新しい言語はアプリの再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>言語 (再起動後に反映):</translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation>回答の下にトークン数と料金を表示</translation>
    </message>
    <message>
        <source>Show tokens and cost</source>
        <translation>トークン数と料金を表示</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使用量:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds, after a number</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation>無応答のストリームを打ち切るまでの秒数</translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation>無応答のストリームを打ち切るまでの時間:</translation>
    </message>
    <message>
        <source>When a provider sends nothing for this long, the answer stops and what arrived is kept.</source>
        <translation>プロバイダーからこの時間何も送られてこない場合、回答を停止し、受信済みの内容は保存します。</translation>
    </message>
    <message>
        <source>The harness used last</source>
        <translation>最後に使ったハーネス</translation>
    </message>
</context>
<context>
    <name>harness::gui::GuiApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>ユーザーが「%1」の呼び出しを拒否しました。</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message>
        <source>Harnesses</source>
        <translation>ハーネス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>ツール サーバー</translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation>新しいハーネス…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation>ハーネスを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import MCP servers…</source>
        <translation>MCP サーバーをインポート…</translation>
    </message>
    <message>
        <source>Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them</source>
        <translation>Claude Desktop や Cursor が書き出す形式の mcpServers JSON ファイルからサーバーを追加します</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP サーバーのインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>「%1」のトークンは保存されませんでした: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>サーバーは追加されませんでした。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>追加されなかったサーバー:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Make a copy with the same model, servers and prompt</source>
        <translation>同じモデル、サーバー、プロンプトでコピーを作成します</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>ハーネス「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>ハーネス「%1」を保存しました。</translation>
    </message>
    <message>
        <source>(no model yet)</source>
        <translation>(モデル未設定)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>サーバー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>完了させる…</translation>
    </message>
    <message>
        <source>not available (disabled or removed)</source>
        <translation>使用できません (無効化または削除済み)</translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>接続済み · ツール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>not started (starts when a chat uses it)</source>
        <translation>未起動 (チャットで使われると起動します)</translation>
    </message>
    <message>
        <source>stopped · last error: %1</source>
        <translation>停止 · 最後のエラー: %1</translation>
    </message>
    <message>
        <source>Select a harness to see its MCP servers.</source>
        <translation>ハーネスを選ぶと、その MCP サーバーが表示されます。</translation>
    </message>
    <message>
        <source>MCP servers of &quot;%1&quot;</source>
        <translation>「%1」の MCP サーバー</translation>
    </message>
    <message>
        <source>No MCP server: the model answers without tools.</source>
        <translation>MCP サーバーはありません: モデルはツールなしで回答します。</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Tools and status of %1</source>
        <translation>%1 のツールと状態</translation>
    </message>
    <message>
        <source>The server&apos;s tools, their approval rules, and its log</source>
        <translation>サーバーのツール、その承認ルール、サーバーのログ</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. Edit it, then start it.</source>
        <translation>「%1」を作成しました。編集してから開始してください。</translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept, and so are its MCP servers.</source>
        <translation>ハーネス「%1」を削除しますか? このハーネスを使った会話と、その MCP サーバーは残ります。</translation>
    </message>
    <message>
        <source>Added: %1. Tick them on the MCP servers page when you edit a harness.</source>
        <translation>追加しました: %1。ハーネスの編集時に [MCP サーバー] ページでチェックを入れてください。</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; status…</source>
        <translation>ツールと状態…</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>スキル: %1</translation>
    </message>
    <message>
        <source> · on this device only</source>
        <translation> · このデバイスのみ</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessWizard</name>
    <message>
        <source>Name &amp; model</source>
        <translation>名前とモデル</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Keep what you entered as a draft harness and finish later</source>
        <translation>入力した内容をハーネスの下書きとして保存し、後で完了させます</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness</source>
        <translation>最初のハーネスを作りましょう</translation>
    </message>
    <message>
        <source>New harness</source>
        <translation>新しいハーネス</translation>
    </message>
    <message>
        <source>A harness is a model, the tools it may use, and how it should behave. You can change everything later, and save a draft at any step.</source>
        <translation>ハーネスは、モデル、モデルが使えるツール、そしてモデルの振る舞いの組み合わせです。後からすべて変更でき、どのステップでも下書きを保存できます。</translation>
    </message>
    <message>
        <source>My harness</source>
        <translation>マイ ハーネス</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;</source>
        <translation>「%1」を完了させる</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <source>This harness is a draft: complete the steps and create it.</source>
        <translation>このハーネスは下書きです。ステップを完了して作成してください。</translation>
    </message>
    <message>
        <source>Change any step, then save. Tokens already saved stay in the keychain unless you type new ones.</source>
        <translation>必要なステップを変更してから保存してください。保存済みのトークンは、新しく入力しない限りキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>Enter the %1 for %2, or go back and untick it.</source>
        <translation>%2 には「%1」が必要です。入力するか、前に戻ってチェックを外してください。</translation>
    </message>
    <message>
        <source>Not needed: no chosen server asks for a key</source>
        <translation>不要: 選んだサーバーはキーを必要としません</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation>ハーネスを作成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — サインイン済み</translation>
    </message>
    <message>
        <source> — asks you to sign in on first use</source>
        <translation> — 初回使用時にサインインを求めます</translation>
    </message>
    <message>
        <source> — key goes to the keychain</source>
        <translation> — キーはキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Tools from</source>
        <translation>ツールの提供元</translation>
    </message>
    <message>
        <source>no MCP server</source>
        <translation>MCP サーバーなし</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システム プロンプト</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved. Find it under Drafts in Harnesses to finish it.</source>
        <translation>下書き「%1」を保存しました。完了させるには、[ハーネス] の [下書き] から開いてください。</translation>
    </message>
    <message>
        <source>Not saved yet (incomplete): %1</source>
        <translation>まだ保存されていません (未完成): %1</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved.</source>
        <translation>下書き「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>ハーネス「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>ハーネス「%1」を保存しました。</translation>
    </message>
</context>
<context>
    <name>harness::gui::KeychainNotice</name>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>シークレットをこのセッションだけ保持</translation>
    </message>
    <message>
        <source>Keys and tokens you enter are kept in memory until you quit. Nothing is written to disk.</source>
        <translation>入力したキーとトークンは終了するまでメモリに保持されます。ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <source>No keychain: keys cannot be saved</source>
        <translation>キーチェーンがありません: キーを保存できません</translation>
    </message>
    <message>
        <source>Keys kept for this session only</source>
        <translation>キーはこのセッションだけ保持されます</translation>
    </message>
    <message>
        <source>No keychain is reachable; keys and tokens are forgotten when you quit.</source>
        <translation>キーチェーンに接続できません。キーとトークンは終了時に破棄されます。</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so API keys and tokens cannot be saved safely, and Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or KWallet) and restart the app, or keep secrets in memory for this session only.</source>
        <translation>システム キーチェーンに接続できないため、API キーとトークンを安全に保存できません。Harness Desktop が平文で書き込むことはありません。キーチェーン (GNOME Keyring または KWallet) を起動してアプリを再起動するか、シークレットをこのセッションだけメモリに保持してください。</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is saved to disk, and you will need to enter keys and sign in to tool servers again after restarting. Start a keychain and restart the app to keep them.</source>
        <translation>シークレットはこのセッションだけメモリに保持されます。ディスクには何も保存されず、再起動後はキーの入力とツール サーバーへのサインインをやり直す必要があります。保持するには、キーチェーンを起動してアプリを再起動してください。</translation>
    </message>
</context>
<context>
    <name>harness::gui::MainWindow</name>
    <message>
        <source>Harness Desktop</source>
        <translation>Harness Desktop</translation>
    </message>
    <message>
        <source>Harness created. Say hello!</source>
        <translation>ハーネスを作成しました。話しかけてみましょう!</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>前の会話</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>次の会話</translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation>メッセージ欄に移動</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>会話 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>サーバーに再接続</translation>
    </message>
    <message>
        <source>Tools of the server</source>
        <translation>サーバーのツール</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>When the model calls it</source>
        <translation>モデルが呼び出したとき</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーのログ</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>ログをコピー</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>ログ全体をコピー</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>This MCP server no longer exists.</source>
        <translation>この MCP サーバーはもう存在しません。</translation>
    </message>
    <message>
        <source>MCP server %1</source>
        <translation>MCP サーバー %1</translation>
    </message>
    <message>
        <source>Choices here apply to every harness that uses this server.</source>
        <translation>ここでの選択は、このサーバーを使うすべてのハーネスに適用されます。</translation>
    </message>
    <message>
        <source>Choices here apply to the harness &quot;%1&quot; only.</source>
        <translation>ここでの選択は、ハーネス「%1」にのみ適用されます。</translation>
    </message>
    <message>
        <source>Switched off: enable the server in its settings to use it.</source>
        <translation>オフ: 使用するにはサーバーの設定で有効にしてください。</translation>
    </message>
    <message>
        <source>Not running. It starts when a conversation uses it.</source>
        <translation>実行されていません。会話で使われると起動します。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>プロトコル %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>ツール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>破壊的</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>変更を加える</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>冪等</translation>
    </message>
    <message>
        <source>reaches outside</source>
        <translation>外部にアクセス</translation>
    </message>
    <message>
        <source>always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>never</source>
        <translation>許可しない</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Approval for %1</source>
        <translation>%1 の承認</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>%1 is what applies when nothing is chosen for this tool: ask, always allow or never</extracomment>
        <translation>既定 (%1)</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>毎回確認する</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>許可しない</translation>
    </message>
    <message>
        <source>Could not save the choice: %1</source>
        <translation>選択を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Edited · hide earlier version</source>
        <extracomment>a message that was edited and sent again; the link shows or hides what it replaced</extracomment>
        <translation>編集済み · 以前のバージョンを隠す</translation>
    </message>
    <message>
        <source>Edited · show earlier version</source>
        <translation>編集済み · 以前のバージョンを表示</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Earlier version · %1</source>
        <extracomment>a message replaced by an edit, shown on request</extracomment>
        <translation>以前のバージョン · %1</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>回答中…</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageRenderCache</name>
    <message>
        <source>Loading image…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: %1 Click to try again.</source>
        <extracomment>a remote image in an answer could not be shown; %1 is the reason</extracomment>
        <translation>⚠ 画像を読み込めませんでした: %1 クリックすると再試行します。</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: the file could not be read as an image.</source>
        <translation>⚠ 画像を読み込めませんでした: ファイルを画像として読み取れませんでした。</translation>
    </message>
    <message>
        <source>Stopped. What arrived so far is kept: continue or retry it below.</source>
        <translation>停止しました。受信済みの内容は保存されています。下から続けるか、再試行してください。</translation>
    </message>
    <message>
        <source>What you see is kept in memory and saved as soon as the disk allows.</source>
        <translation>表示されている内容はメモリに保持され、ディスクに空きができ次第保存されます。</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ一覧</translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message>
        <source>Harness name</source>
        <translation>ハーネス名</translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation>例: リサーチ アシスタント</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>Search models, e.g. claude, gpt, llama…</source>
        <translation>モデルを検索 (例: claude、gpt、llama…)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>一覧を更新</translation>
    </message>
    <message>
        <source>Fetch the model list from your provider</source>
        <translation>プロバイダーからモデル一覧を取得します</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Price in / out (1M)</source>
        <extracomment>price per million tokens, input / output</extracomment>
        <translation>料金 入力 / 出力 (100 万)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>モデル ID</translation>
    </message>
    <message>
        <source>Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4</source>
        <translation>上から選ぶか、モデル ID を入力してください (例: anthropic/claude-sonnet-4)</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>モデル ID(&amp;I):</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh list, or type a model id below.</source>
        <translation>モデル一覧はまだありません: [一覧を更新] を押すか、下にモデル ID を入力してください。</translation>
    </message>
    <message>
        <source>No provider is set up yet: type a model id below, and add your provider&apos;s key in Settings.</source>
        <translation>プロバイダーがまだ設定されていません: 下にモデル ID を入力し、設定でプロバイダーのキーを追加してください。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>モデル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>モデル一覧を取得しています…</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>コンテキスト %1 トークン</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens</source>
        <translation>100 万トークンあたり 入力 %1 / 出力 %2</translation>
    </message>
    <message>
        <source>can call tools</source>
        <translation>ツールを呼び出せます</translation>
    </message>
    <message>
        <source>cannot call tools: MCP servers will not be used</source>
        <translation>ツールを呼び出せません: MCP サーバーは使用されません</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s list; it is used as typed.</source>
        <translation>プロバイダーの一覧にありません。入力どおりに使用します。</translation>
    </message>
    <message>
        <source>Harness web model: %1</source>
        <translation>Harness Web アプリのモデル: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this device.</source>
        <translation>Harness Desktop がプロバイダー、MCP サーバー、同期サービスに接続する方法です。この設定はこのデバイスだけに適用されます。</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>次のプロキシを使用:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>プロキシの種類</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>キーチェーンに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>Applied: the system&apos;s proxy settings are used.</source>
        <translation>適用しました: システムのプロキシ設定を使用します。</translation>
    </message>
    <message>
        <source>Applied: connections go out directly.</source>
        <translation>適用しました: 直接接続します。</translation>
    </message>
    <message>
        <source>Applied: new connections go through %1:%2.</source>
        <translation>適用しました: 新しい接続は %1:%2 を経由します。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>OpenAI 互換 (OpenAI、Ollama、LM Studio、llama.cpp、vLLM)</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>プロバイダーのアドレス</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Where answers come from. Keys are checked with the provider before they are saved, and are kept in the system keychain, never in a file.</source>
        <translation>回答の提供元です。キーは保存前にプロバイダーで確認され、ファイルではなくシステム キーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Saved providers</source>
        <translation>保存済みのプロバイダー</translation>
    </message>
    <message>
        <source>Add another…</source>
        <translation>ほかを追加…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <source>Harnesses without a provider of their own use the default one.</source>
        <translation>独自のプロバイダーを持たないハーネスは既定のプロバイダーを使います。</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>選択したプロバイダーとそのキーを削除</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>プロバイダーの種類</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>確認して保存</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>確認せずに保存</translation>
    </message>
    <message>
        <source>Save now and use the provider once it can be reached.</source>
        <translation>今すぐ保存し、接続できるようになったらプロバイダーを使います。</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>キーをお持ちでない場合</translation>
    </message>
    <message>
        <source>Connect OpenRouter…</source>
        <translation>OpenRouter に接続…</translation>
    </message>
    <message>
        <source>Connect OpenRouter in the browser</source>
        <translation>ブラウザーで OpenRouter に接続</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter creates a key for this app and hands it over directly.</source>
        <translation>ブラウザーで OpenRouter にサインインし、Harness Desktop を承認してください。OpenRouter がこのアプリ用のキーを作成し、直接受け渡します。</translation>
    </message>
    <message>
        <source>Use local Ollama</source>
        <translation>ローカルの Ollama を使う</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>key unavailable</source>
        <translation>キーを取得できません</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address of an OpenAI-compatible server.</source>
        <translation>プロバイダーがまだありません: OpenRouter のキーを貼り付けるか、下で OpenRouter に接続するか、OpenAI 互換サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Paste a new key to replace the saved one</source>
        <translation>保存済みのキーを置き換えるには、新しいキーを貼り付けてください</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>http:// または https:// で始まる、サーバーの完全なアドレスを入力してください (例: http://localhost:11434/v1)。</translation>
    </message>
    <message>
        <source>Paste your OpenRouter key (it starts with sk-or-), or use &quot;Connect OpenRouter&quot; below.</source>
        <translation>OpenRouter のキー (sk-or- で始まります) を貼り付けるか、下の [OpenRouter に接続] を使ってください。</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>%1 で確認しています…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>%1 saved. Its key (%2) is in %3.</source>
        <translation>%1 を保存しました。キー (%2) は %3 にあります。</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Remove %1 and delete its key from %2? Harnesses that use it switch to the default provider.</source>
        <translation>%1 を削除し、そのキーを %2 から削除しますか? このプロバイダーを使うハーネスは既定のプロバイダーに切り替わります。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 and its key were removed.</source>
        <translation>%1 とそのキーを削除しました。</translation>
    </message>
    <message>
        <source>%1 was removed, but the keychain could not be reached to delete its key. If one was saved, delete &quot;%2&quot; from your keychain.</source>
        <translation>%1 を削除しましたが、キーチェーンに接続できなかったためキーを削除できませんでした。保存されていた場合は、キーチェーンから「%2」を削除してください。</translation>
    </message>
    <message>
        <source>Waiting for you in the browser: sign in to OpenRouter and approve Harness Desktop, then come back here.</source>
        <translation>ブラウザーでの操作を待っています: OpenRouter にサインインして Harness Desktop を承認してから、ここに戻ってください。</translation>
    </message>
    <message>
        <source>Getting your key from OpenRouter…</source>
        <translation>OpenRouter からキーを取得しています…</translation>
    </message>
    <message>
        <source>OpenRouter is connected. Its key (%1) is in %2.</source>
        <translation>OpenRouter に接続しました。キー (%1) は %2 にあります。</translation>
    </message>
    <message>
        <source>It has no models yet: run &quot;ollama pull llama3.2&quot; first.</source>
        <translation>モデルがまだありません: まず「ollama pull llama3.2」を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>モデルが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama is running on this computer and is set up as a provider. %1</source>
        <translation>このコンピューターで Ollama が実行されており、プロバイダーとして設定されています。%1</translation>
    </message>
    <message>
        <source>Ollama is running on this computer. %1</source>
        <translation>このコンピューターで Ollama が実行されています。%1</translation>
    </message>
    <message>
        <source>Local Ollama added as a provider (%1). It needs no key.</source>
        <translation>ローカルの Ollama をプロバイダーとして追加しました (%1)。キーは不要です。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message>
        <source>Thinking…</source>
        <translation>考えています…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>%n 秒間考えました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>%n 分間考えました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>会話 %n 件とそのすべてのメッセージ、ハーネスと設定をこのコンピューターから削除しますか? 元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>このコンピューターからデータを削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>会話 %n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Test the server</source>
        <translation>サーバーをテスト</translation>
    </message>
    <message>
        <source>Start the server, connect and list its tools</source>
        <translation>サーバーを起動して接続し、ツールを一覧表示します</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>%1 に接続しました: ツール %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServersStep</name>
    <message>
        <source>Tools come from MCP servers. Tick the ones this harness may use; select one to see what it needs and to test it.</source>
        <translation>ツールは MCP サーバーから提供されます。このハーネスで使うものにチェックを入れてください。選択すると、必要なものの確認とテストができます。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Add custom server…</source>
        <translation>カスタム サーバーを追加…</translation>
    </message>
    <message>
        <source>A local program (stdio) or a remote URL (HTTP) that is not in the list</source>
        <translation>一覧にないローカル プログラム (stdio) またはリモート URL (HTTP)</translation>
    </message>
    <message>
        <source>Import mcpServers file…</source>
        <translation>mcpServers ファイルをインポート…</translation>
    </message>
    <message>
        <source>Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file</source>
        <translation>claude_desktop_config.json、.cursor/mcp.json などのファイルからサーバーを追加します</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP サーバーのインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Your servers</source>
        <translation>あなたのサーバー</translation>
    </message>
    <message>
        <source>Well-known servers</source>
        <translation>よく知られたサーバー</translation>
    </message>
    <message>
        <source>  (sign-in)</source>
        <translation>  (サインイン)</translation>
    </message>
    <message>
        <source>  (key)</source>
        <translation>  (キー)</translation>
    </message>
    <message>
        <source>No server chosen: the model will answer without tools.</source>
        <translation>サーバーが選ばれていません: モデルはツールなしで回答します。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択済み: %1</translation>
    </message>
    <message>
        <source>Select a server to see what it does and what it needs.</source>
        <translation>サーバーを選ぶと、その機能と必要なものが表示されます。</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>プロジェクト ページ</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>実行:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer; the server cannot start until it is. Test shows how to get it.</source>
        <translation>「%1」がこのコンピューターにインストールされていないため、サーバーを起動できません。入手方法は [テスト] で確認できます。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 を参照</translation>
    </message>
    <message>
        <source>Needs you to sign in: you will do that on the next page, where it can be tested too.</source>
        <translation>サインインが必要です: 次のページでサインインし、そこでテストもできます。</translation>
    </message>
    <message>
        <source>Needs a key or token: you will enter it on the next page, where it can be tested too.</source>
        <translation>キーまたはトークンが必要です: 次のページで入力し、そこでテストもできます。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>サーバーは追加されませんでした。</translation>
    </message>
    <message>
        <source>Added and ticked: %1.</source>
        <translation>追加してチェックを入れました: %1。</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>追加されませんでした: %1: %2</translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>設定のカテゴリ</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>バージョン情報</translation>
    </message>
</context>
<context>
    <name>harness::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column headers of the keyboard shortcuts table: what the shortcut does, and its keys.</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を開始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>会話を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation>ハーネス</translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation>ハーネスを管理</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation>「%1」を含む会話はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件の結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete the conversation: %1</source>
        <translation>会話を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>会話の操作</translation>
    </message>
    <message>
        <source>Could not pin the conversation: %1</source>
        <translation>会話をピン留めできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SignInProgress</name>
    <message>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続行してください</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your web browser, then come back here. If no page opened, copy this link into your browser:</source>
        <translation>Web ブラウザーで開いたページでサインインしてから、ここに戻ってください。ページが開かない場合は、このリンクをブラウザーにコピーしてください:</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>サインイン リンク</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>サインイン リンクをコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
</context>
<context>
    <name>harness::gui::SkillsStep</name>
    <message>
        <source>System prompt</source>
        <translation>システム プロンプト</translation>
    </message>
    <message>
        <source>Optional: who the model is and how it should answer.</source>
        <translation>省略可: モデルの役割と回答のしかた。</translation>
    </message>
    <message>
        <source>e.g. You are a careful research assistant. Cite your sources.</source>
        <translation>例: あなたは丁寧なリサーチ アシスタントです。情報源を示してください。</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>新しいスキル</translation>
    </message>
    <message>
        <source>e.g. Explains code step by step</source>
        <translation>例: コードを段階的に説明する</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>情報源を示す</translation>
    </message>
    <message>
        <source>Asks before changing files</source>
        <translation>ファイルを変更する前に確認する</translation>
    </message>
    <message>
        <source>Answers concisely</source>
        <translation>簡潔に答える</translation>
    </message>
    <message>
        <source>Writes tests for code it changes</source>
        <translation>変更したコードのテストを書く</translation>
    </message>
    <message>
        <source>Suggested prompts</source>
        <translation>おすすめのプロンプト</translation>
    </message>
    <message>
        <source>Optional: one per line, offered on an empty chat.</source>
        <translation>省略可: 1 行に 1 つ。空のチャットで候補として表示されます。</translation>
    </message>
    <message>
        <source>Short abilities or rules, each with what it is for, added to the system prompt as a list.</source>
        <translation>短い能力やルールとその用途。システムプロンプトに一覧として追加されます。</translation>
    </message>
    <message>
        <source>What the new skill is for</source>
        <translation>新しいスキルの用途</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>説明 (任意)</translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation>データベース: %1

新しい空のデータベースで始めますか? 現在のファイルは別の名前で同じ場所に残るので、何も削除されません。</translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation>会話を開けません</translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation>新しく始める (古いファイルは残す)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation>古いデータベースを移動できませんでした: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SuggestionChips</name>
    <message>
        <source>Ask: %1</source>
        <translation>質問: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message>
        <source>Signing in…</source>
        <extracomment>Status bar: the app is signing in to the Harness account</extracomment>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Local profile</source>
        <extracomment>Status bar: no account, nothing syncs</extracomment>
        <translation>ローカル プロファイル</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Click to sign in and sync.</source>
        <translation>すべてこのコンピューターに保存されます。クリックするとサインインして同期します。</translation>
    </message>
    <message>
        <source>⚠ Signed out</source>
        <translation>⚠ サインアウト済み</translation>
    </message>
    <message>
        <source>%1
Click to sign in again.</source>
        <translation>%1
クリックするともう一度サインインします。</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ 同期済み</translation>
    </message>
    <message>
        <source>Everything is in sync with your account. Click to sync now.</source>
        <translation>すべてアカウントと同期しています。クリックすると今すぐ同期します。</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ 同期しています…</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>変更を送受信しています。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1
Changes are kept and sync when the connection is back. Click to try now.</source>
        <translation>同期サービスに接続できません: %1
変更は保存され、接続が戻ると同期されます。クリックすると今すぐ再試行します。</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ 同期エラー</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
クリックすると再試行します。</translation>
    </message>
    <message>
        <source>Sync waiting</source>
        <translation>同期待機中</translation>
    </message>
    <message>
        <source>Choose what to do with the data on this computer. Click to answer.</source>
        <translation>このコンピューターのデータをどうするか選んでください。クリックして回答します。</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同期オフ</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n 件の変更が待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>同期の状態: %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolCallCard</name>
    <message>
        <source>%1 s</source>
        <extracomment>duration of a tool call, in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>[an image that could not be shown]</source>
        <translation>[表示できなかった画像]</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>リソース:</translation>
    </message>
    <message>
        <source>[audio: %1]</source>
        <translation>[音声: %1]</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>このツールの実行を許可しますか?</translation>
    </message>
    <message>
        <source>It may delete or overwrite data.</source>
        <translation>データを削除または上書きする可能性があります。</translation>
    </message>
    <message>
        <source>It only reads data.</source>
        <translation>データを読み取るだけです。</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回だけ許可</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>how long a tool call has been running or waiting: minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>how long a tool call has been running or waiting: hours and minutes</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolSettings</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a single tool in the harness manager, and &quot;always&quot; answers to a prompt, come first.</source>
        <translation>モデルが MCP サーバーのツールを使おうとしたときの動作です。ハーネス マネージャーでハーネス、サーバー、個々のツールに対して選んだ内容と、確認への「常に」の回答が優先されます。</translation>
    </message>
    <message>
        <source>Allow read-only tools automatically, ask for the others</source>
        <translation>読み取り専用のツールは自動で許可し、それ以外は確認する</translation>
    </message>
    <message>
        <source>Tools their server marks as read-only run at once; anything that could change something asks first. Recommended.</source>
        <translation>サーバーが読み取り専用としているツールはすぐに実行され、何かを変更する可能性があるものは先に確認します。推奨。</translation>
    </message>
    <message>
        <source>Ask before every tool call</source>
        <translation>ツールを呼び出すたびに確認する</translation>
    </message>
    <message>
        <source>You approve each call, read-only or not.</source>
        <translation>読み取り専用かどうかにかかわらず、呼び出しを 1 回ずつ承認します。</translation>
    </message>
    <message>
        <source>Run every tool without asking</source>
        <translation>すべてのツールを確認なしで実行する</translation>
    </message>
    <message>
        <source>Only for servers you fully trust: a tool may change files, send messages or spend money.</source>
        <translation>完全に信頼できるサーバーの場合のみ: ツールはファイルを変更したり、メッセージを送信したり、お金を使ったりする可能性があります。</translation>
    </message>
    <message>
        <source>Never run tools</source>
        <translation>ツールを実行しない</translation>
    </message>
    <message>
        <source>Models answer without tools, except where you allowed a tool explicitly.</source>
        <translation>明示的に許可したツールを除き、モデルはツールなしで回答します。</translation>
    </message>
</context>
<context>
    <name>harness::gui::UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Bring the conversation back</source>
        <translation>会話を元に戻します</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <extracomment>Shown under the conversation list after a delete, next to the Undo button.</extracomment>
        <translation>「%1」を削除しました</translation>
    </message>
</context>
<context>
    <name>harness::gui::WelcomePage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation>Harness Desktop へようこそ</translation>
    </message>
    <message>
        <source>Chat with AI agents that can use your tools. How would you like to start?</source>
        <translation>あなたのツールを使える AI エージェントとチャットできます。どのように始めますか?</translation>
    </message>
    <message>
        <source>Sign in to Harness</source>
        <translation>Harness にサインイン</translation>
    </message>
    <message>
        <source>Your harnesses and conversations stay in sync with the Harness web app and your other computers. Sign-in happens in your web browser.</source>
        <translation>ハーネスと会話は、Harness Web アプリやほかのコンピューターと同期されます。サインインは Web ブラウザーで行います。</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>アカウントなしで使う</translation>
    </message>
    <message>
        <source>Everything works and stays on this computer; nothing is synced. You can sign in later in Settings.</source>
        <translation>すべての機能が使え、データはこのコンピューターに保存されます。何も同期されません。サインインは後から設定で行えます。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Open the sign-in settings</source>
        <translation>サインインの設定を開く</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation>Harness Desktop: LLM エージェントとチャットします。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the folder chosen with Move data… in Settings, else the platform&apos;s data folder).</source>
        <translation>会話を DIR に保存します (既定: $HARNESS_DATA_DIR、なければ設定の「データを移動…」で選んだフォルダー、なければプラットフォームのデータ フォルダー)。</translation>
    </message>
</context>
</TS>
