<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountConfiguration</name>
    <message>
        <source>No sign-in service is configured. Enter its issuer URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>尚未配置登录服务。请在“设置 &gt; 账户 &gt; 高级”中输入其颁发者 URL。</translation>
    </message>
    <message>
        <source>The issuer URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer, e.g. http://127.0.0.1:8080).</source>
        <translation>颁发者 URL“%1”不可用：必须以 https:// 开头（http:// 仅限本机，例如 http://127.0.0.1:8080）。</translation>
    </message>
    <message>
        <source>The client id is empty. Enter the desktop app&apos;s client id under Settings &gt; Account &gt; Advanced.</source>
        <translation>客户端 ID 为空。请在“设置 &gt; 账户 &gt; 高级”中输入桌面应用的客户端 ID。</translation>
    </message>
    <message>
        <source>No sync service is configured. Enter the Convex deployment URL under Settings &gt; Account &gt; Advanced.</source>
        <translation>尚未配置同步服务。请在“设置 &gt; 账户 &gt; 高级”中输入 Convex 部署 URL。</translation>
    </message>
    <message>
        <source>The deployment URL &quot;%1&quot; is not usable: it must start with https:// (http:// only for this computer).</source>
        <translation>部署 URL“%1”不可用：必须以 https:// 开头（http:// 仅限本机）。</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Sign-in timed out: the browser did not return to the app. Please try again.</source>
        <translation>登录超时：浏览器没有返回到应用。请重试。</translation>
    </message>
    <message>
        <source>Access was denied in the browser. To sign in, start again and allow access.</source>
        <translation>浏览器中的访问被拒绝。要登录，请重新开始并允许访问。</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in attempt, so it was rejected for your safety. Please start the sign-in again.</source>
        <translation>浏览器返回的应答不属于本次登录尝试，为了你的安全已将其拒绝。请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check your internet connection and try again.</source>
        <translation>无法连接登录服务。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error. Please try again later.</source>
        <translation>登录服务返回了错误。请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete or invalid (issuer URL or client id). Check them in Settings.</source>
        <translation>登录设置不完整或无效（颁发者 URL 或客户端 ID）。请在“设置”中检查。</translation>
    </message>
    <message>
        <source>The sign-in service identified itself as a different issuer than the one configured. Sign-in was stopped; check the issuer URL in Settings.</source>
        <translation>登录服务自称的颁发者与配置的不一致。登录已中止；请在“设置”中检查颁发者 URL。</translation>
    </message>
    <message>
        <source>The web browser could not be opened for sign-in. Set a default browser and try again.</source>
        <translation>无法打开 Web 浏览器进行登录。请设置默认浏览器后重试。</translation>
    </message>
    <message>
        <source>The app could not prepare to receive the sign-in answer (no local port available). Please try again.</source>
        <translation>应用无法准备接收登录应答（没有可用的本地端口）。请重试。</translation>
    </message>
    <message>
        <source>The sign-in service returned an identity token that failed verification, so it was rejected. Please try again; if this keeps happening, contact support.</source>
        <translation>登录服务返回的身份令牌未通过验证，已被拒绝。请重试；如果问题持续出现，请联系支持人员。</translation>
    </message>
    <message>
        <source>The identity token is outside its validity period. Check that your computer&apos;s clock is correct, then sign in again.</source>
        <translation>身份令牌不在有效期内。请确认电脑时钟准确，然后重新登录。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>你的会话已过期。请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in or removed from the system keychain.</source>
        <translation>无法在系统钥匙串中保存或删除你的登录信息。</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>The model provider</source>
        <translation>模型提供商</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Fix the key in Settings.</source>
        <translation>%1 拒绝了 API 密钥。请在“设置”中修改密钥。</translation>
    </message>
    <message>
        <source>Your %1 account is out of credits. Add credits or pick a cheaper model.</source>
        <translation>你的 %1 账户余额不足。请充值或选择更便宜的模型。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 正在限制请求频率。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Wait a moment and try again.</source>
        <translation>%1 正在限制请求频率。请稍等片刻后重试。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). Try again later.</source>
        <translation>%1 发生服务器错误（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and its settings.</source>
        <translation>%1 拒绝了请求（HTTP %2）。请检查模型及其设置。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your connection and the provider&apos;s base URL.</source>
        <translation>无法连接 %1。请检查网络连接和提供商的基础 URL。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有发送任何内容，因此回答被中断。已保留部分回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reported an error while answering. The partial answer was kept.</source>
        <translation>%1 在回答时报告了错误。已保留部分回答。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer was complete. The partial answer was kept.</source>
        <translation>回答完成前与 %1 的连接已断开。已保留部分回答。</translation>
    </message>
    <message>
        <source>%1 sent a response that could not be read. The partial answer was kept.</source>
        <translation>%1 发送了无法读取的响应。已保留部分回答。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>（%1 表示：%2）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>HarnessBuilder</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>HarnessDraft</name>
    <message>
        <source>Give the harness a name.</source>
        <translation>请为 Harness 命名。</translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation>请选择一个模型，例如 anthropic/claude-sonnet-4 或 openai/gpt-4o。</translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation>模型 ID 不含空格，例如 anthropic/claude-sonnet-4。</translation>
    </message>
</context>
<context>
    <name>JsonRpcSession</name>
    <message>
        <source>The server did not answer &quot;%1&quot; within %2 seconds.</source>
        <translation>服务器未在 %2 秒内响应“%1”。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>此设备上有另一个 Harness 账户的 %n 项数据（Harness、对话、消息、设置）。

要将它们上传到 %1、仅保留在此设备上（永不同步），还是从此设备中移除？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>此设备上有 %n 项未登录账户时创建的数据（Harness、对话、消息、设置）。

要将它们上传到 %1 以便在网页和你的其他设备上显示、仅保留在此设备上（永不同步），还是从此设备中移除？</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>此设备上的数据</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Keep on this device only</source>
        <translation>仅保留在此设备上</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>从此设备中移除</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>McpServerCatalog</name>
    <message>
        <source>%1 needs a value for &quot;%2&quot;.</source>
        <translation>%1 需要“%2”的值。</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The MCP server has no name. Give it a name.</source>
        <translation>MCP 服务器没有名称。请为它命名。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no command. Enter the program to start, for example &quot;npx&quot;.</source>
        <translation>MCP 服务器“%1”没有命令。请输入要启动的程序，例如“npx”。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; has no valid URL. Enter an address such as https://example.com/mcp.</source>
        <translation>MCP 服务器“%1”没有有效的 URL。请输入类似 https://example.com/mcp 的地址。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; uses the URL scheme &quot;%2&quot;; only http and https are supported.</source>
        <translation>MCP 服务器“%1”使用了 URL 协议“%2”；仅支持 http 和 https。</translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message>
        <source>Install Node.js (https://nodejs.org), which provides npx, then test again.</source>
        <translation>请安装 Node.js（https://nodejs.org，其中包含 npx），然后重新测试。</translation>
    </message>
    <message>
        <source>Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.</source>
        <translation>请安装 uv（https://docs.astral.sh/uv/，其中包含 uvx），然后重新测试。</translation>
    </message>
    <message>
        <source>Install Docker (https://docs.docker.com/get-docker/), then test again.</source>
        <translation>请安装 Docker（https://docs.docker.com/get-docker/），然后重新测试。</translation>
    </message>
    <message>
        <source>Install it, or enter the full path of the program.</source>
        <translation>请安装它，或输入该程序的完整路径。</translation>
    </message>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>MCP 服务器“%1”未在 %n 秒内响应。请检查命令或 URL 是否正确；通过 npx 或 uvx 获取的服务器首次运行可能需要更长时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not answer in time. Check that the command or URL is right.</source>
        <translation>MCP 服务器“%1”未及时响应。请检查命令或 URL 是否正确。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; of MCP server &quot;%2&quot; was not found. %3</source>
        <translation>找不到 MCP 服务器“%2”的命令“%1”。%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The user stopped the tool call.</source>
        <translation>用户停止了工具调用。</translation>
    </message>
</context>
<context>
    <name>ModelStep</name>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message>
        <source>no harness named &quot;%1&quot;. `harness-cli harnesses list` shows them.</source>
        <translation>没有名为“%1”的 Harness。`harness-cli harnesses list` 可列出全部。</translation>
    </message>
    <message>
        <source>no harness yet: create one in the Harness Desktop app, or pass --model ID (e.g. --model openai/gpt-4o).</source>
        <translation>还没有 Harness：请在 Harness Desktop 应用中创建一个，或指定 --model ID（例如 --model openai/gpt-4o）。</translation>
    </message>
    <message>
        <source>Ask a harness; the answer streams to stdout and is saved.</source>
        <translation>向 Harness 提问；回答以流式输出到 stdout 并保存。</translation>
    </message>
    <message>
        <source>Harness to use.</source>
        <translation>要使用的 Harness。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Model id (overrides the harness&apos;s).</source>
        <translation>模型 ID（覆盖 Harness 中的设置）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Continue this conversation (id or unique prefix).</source>
        <translation>继续此对话（ID 或唯一前缀）。</translation>
    </message>
    <message>
        <source>Answer the conversation again as it stands (after a failed or interrupted answer); needs --conversation and no prompt.</source>
        <translation>按当前状态重新回答对话（在回答失败或中断之后）；需要 --conversation，且不能提供提示词。</translation>
    </message>
    <message>
        <source>Give up when the stream is silent this long (seconds, default 60).</source>
        <translation>流静默超过此时长时放弃（秒，默认 60）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The message, or - to read it from stdin.</source>
        <translation>消息内容，或用 - 从 stdin 读取。</translation>
    </message>
    <message>
        <source>cannot read the prompt from stdin.</source>
        <translation>无法从 stdin 读取提示词。</translation>
    </message>
    <message>
        <source>--retry answers an existing conversation: give --conversation ID and no prompt.</source>
        <translation>--retry 用于回答已有对话：请指定 --conversation ID，且不要提供提示词。</translation>
    </message>
    <message>
        <source>give a prompt, e.g. harness-cli chat &quot;Hello&quot;, or - to read stdin.</source>
        <translation>请提供提示词，例如 harness-cli chat &quot;你好&quot;，或用 - 读取 stdin。</translation>
    </message>
    <message>
        <source>--stall-timeout needs a positive number of seconds.</source>
        <translation>--stall-timeout 需要一个正的秒数。</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的对话。</translation>
    </message>
    <message>
        <source>[tools unavailable] %1</source>
        <translation>[工具不可用] %1</translation>
    </message>
    <message>
        <source>stopped; the partial answer is saved.</source>
        <translation>已停止；部分回答已保存。</translation>
    </message>
    <message>
        <source>(conversation %1)</source>
        <translation>（对话 %1）</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>List conversations, pinned first, then newest first.</source>
        <translation>列出对话，置顶的在前，其余按时间从新到旧。</translation>
    </message>
    <message>
        <source>Show at most N (default 50).</source>
        <translation>最多显示 N 条（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Include archived conversations.</source>
        <translation>包括已归档的对话。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>还没有对话。</translation>
    </message>
    <message>
        <source>ID        LAST MESSAGE      TITLE</source>
        <translation>ID        最后消息时间      标题</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>[pinned] %1</source>
        <translation>[置顶] %1</translation>
    </message>
    <message>
        <source>Print one conversation with all its messages (ID may be a unique prefix).</source>
        <translation>显示一个对话及其全部消息（ID 可以是唯一前缀）。</translation>
    </message>
    <message>
        <source>Conversation id or a unique prefix of it.</source>
        <translation>对话 ID 或其唯一前缀。</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations show ID [--json]</source>
        <translation>用法：harness-cli conversations show ID [--json]</translation>
    </message>
    <message>
        <source>no conversation with id &quot;%1&quot;. `harness-cli conversations list` shows the ids.</source>
        <translation>没有 ID 为“%1”的对话。`harness-cli conversations list` 可列出所有 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one conversation; type more of the id.</source>
        <translation>“%1”匹配多个对话；请输入更长的 ID。</translation>
    </message>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>List harnesses (model, status, MCP servers), most recently used first.</source>
        <translation>列出 Harness（模型、状态、MCP 服务器），最近使用的在前。</translation>
    </message>
    <message>
        <source>No harnesses yet. Create one in the Harness Desktop app.</source>
        <translation>还没有 Harness。请在 Harness Desktop 应用中创建一个。</translation>
    </message>
    <message>
        <source>NAME                  STATUS   SERVERS  MODEL</source>
        <translation>名称                  状态     服务器   模型</translation>
    </message>
    <message>
        <source>Usage: harness-cli [--data-dir DIR] &lt;command&gt; [arguments]

Reads and drives the same local store as the Harness Desktop app.

Commands:
</source>
        <translation>用法：harness-cli [--data-dir DIR] &lt;命令&gt; [参数]

读取并操作与 Harness Desktop 应用相同的本地存储。

命令：
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
选项：
  --data-dir DIR   使用 DIR 中的存储（默认：$HARNESS_DATA_DIR，否则为 %1）
  -h, --help       显示此帮助；`&lt;命令&gt; --help` 显示某个命令的选项
  -v, --version    显示版本

退出码：0 成功，1 失败，2 参数错误，3 未找到，4 数据库不可用（已损坏、被锁定或版本更新）。
</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>数据目录。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run harness-cli --help for the list.</source>
        <translation>未知命令“%1”。运行 harness-cli --help 查看命令列表。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>skipped &quot;%1&quot;: %2</source>
        <translation>已跳过“%1”：%2</translation>
    </message>
    <message>
        <source>Start the MCP servers and list their tools (a broken server is reported, the others still listed).</source>
        <translation>启动 MCP 服务器并列出其工具（出故障的服务器会被报告，其他服务器照常列出）。</translation>
    </message>
    <message>
        <source>An mcpServers JSON file (Claude Desktop, Cursor) instead of the saved servers.</source>
        <translation>使用一个 mcpServers JSON 文件（Claude Desktop、Cursor）代替已保存的服务器。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no MCP servers configured. Import some with harness-cli mcp import FILE.</source>
        <translation>未配置 MCP 服务器。请用 harness-cli mcp import FILE 导入。</translation>
    </message>
    <message>
        <source>Call one MCP tool and print what the model would get.</source>
        <translation>调用一个 MCP 工具，并输出模型将收到的内容。</translation>
    </message>
    <message>
        <source>An mcpServers JSON file.</source>
        <translation>一个 mcpServers JSON 文件。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp call SERVER TOOL [JSON]</source>
        <translation>用法：harness-cli mcp call SERVER TOOL [JSON]</translation>
    </message>
    <message>
        <source>the arguments must be a JSON object: %1</source>
        <translation>参数必须是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>no MCP server named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的 MCP 服务器。</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>进度 %1%2 %3</translation>
    </message>
    <message>
        <source>Save the servers of an mcpServers JSON file (tokens go to the keychain).</source>
        <translation>保存 mcpServers JSON 文件中的服务器（令牌存入钥匙串）。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp import FILE</source>
        <translation>用法：harness-cli mcp import FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved, but its token is not: %2</source>
        <translation>“%1”已保存，但其令牌未保存：%2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The client the official MCP conformance suite runs (scenario from $MCP_CONFORMANCE_SCENARIO).</source>
        <translation>官方 MCP 一致性测试套件运行的客户端（场景取自 $MCP_CONFORMANCE_SCENARIO）。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp conformance URL</source>
        <translation>用法：harness-cli mcp conformance URL</translation>
    </message>
    <message>
        <source>List the provider&apos;s models (cached; --refresh fetches them again).</source>
        <translation>列出提供商的模型（已缓存；--refresh 重新获取）。</translation>
    </message>
    <message>
        <source>Fetch the list from the provider.</source>
        <translation>从提供商获取列表。</translation>
    </message>
    <message>
        <source>Only models whose id or name contains TEXT.</source>
        <translation>仅显示 ID 或名称包含 TEXT 的模型。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>warning: the model list could not be cached: %1</source>
        <translation>警告：无法缓存模型列表：%1</translation>
    </message>
    <message>
        <source>MODEL                                        CONTEXT   IN/1M    OUT/1M   TOOLS</source>
        <translation>模型                                         上下文    输入/1M  输出/1M  工具</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>没有模型。</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.</source>
        <translation>兼容 OpenAI 的端点，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>从此环境变量读取 API 密钥。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL, e.g. http://localhost:11434/v1.</source>
        <translation>--base-url 必须是 http(s) URL，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>环境变量 %1 未设置或为空。</translation>
    </message>
    <message>
        <source>Full-text search over conversation titles and messages.</source>
        <translation>在对话标题和消息中进行全文搜索。</translation>
    </message>
    <message>
        <source>Show at most N message hits (default 20).</source>
        <translation>最多显示 N 条消息匹配（默认 20）。</translation>
    </message>
    <message>
        <source>Words to find; the last may be a prefix.</source>
        <translation>要查找的词；最后一个词可以是前缀。</translation>
    </message>
    <message>
        <source>give some words to search for, e.g. harness-cli search &quot;rust lifetimes&quot;</source>
        <translation>请提供要搜索的词，例如 harness-cli search &quot;rust lifetimes&quot;</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>Allow every tool call without asking (tools whose stored policy is &quot;never&quot; stay denied).</source>
        <translation>允许所有工具调用，不再询问（已保存策略为“never”的工具仍会被拒绝）。</translation>
    </message>
    <message>
        <source>Write the saved servers as an mcpServers JSON file (never their tokens).</source>
        <translation>将已保存的服务器写为 mcpServers JSON 文件（绝不包含其令牌）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE 而不是 stdout。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp export [--output FILE]</source>
        <translation>用法：harness-cli mcp export [--output FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its access token is not exported (it stays in the keychain); enter it again after importing.</source>
        <translation>“%1”：其访问令牌不会导出（仍保存在钥匙串中）；导入后请重新输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its OAuth sign-in is not exported; you sign in again after importing.</source>
        <translation>“%1”：其 OAuth 登录不会导出；导入后需要重新登录。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个服务器导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for this harness (name or id).</source>
        <translation>仅限此 Harness（名称或 ID）。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only for this MCP server (name or id).</source>
        <translation>仅限此 MCP 服务器（名称或 ID）。</translation>
    </message>
    <message>
        <source>Only for this tool of the server (needs --server).</source>
        <translation>仅限该服务器的此工具（需要 --server）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no saved MCP server named &quot;%1&quot;. `harness-cli mcp tools` lists them.</source>
        <translation>没有名为“%1”的已保存 MCP 服务器。`harness-cli mcp tools` 可列出它们。</translation>
    </message>
    <message>
        <source>--tool needs --server: a tool name means something only on its server.</source>
        <translation>--tool 需要 --server：工具名称只在其所属服务器上才有意义。</translation>
    </message>
    <message>
        <source>List the stored tool approval rules (the most specific rule wins).</source>
        <translation>列出已保存的工具批准规则（最具体的规则优先）。</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>(deleted harness %1)</source>
        <translation>（已删除的 Harness %1）</translation>
    </message>
    <message>
        <source>(deleted server %1)</source>
        <translation>（已删除的服务器 %1）</translation>
    </message>
    <message>
        <source>No tool policies: read-only tools run, every other tool is asked about.</source>
        <translation>没有工具策略：只读工具直接运行，其他工具每次都会询问。</translation>
    </message>
    <message>
        <source>HARNESS</source>
        <translation>HARNESS</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Store whether tools run without asking (always), are asked about (ask) or never run; without options for every tool.</source>
        <translation>保存工具是无需询问即运行（always）、需要询问（ask）还是从不运行（never）；不带选项时适用于所有工具。</translation>
    </message>
    <message>
        <source>ask, always or never.</source>
        <translation>ask、always 或 never。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</source>
        <translation>用法：harness-cli mcp policy set [--harness H] [--server S] [--tool T] ask|always|never</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>已设置 %1</translation>
    </message>
    <message>
        <source>Remove the tool approval rule of exactly this scope.</source>
        <translation>删除恰好为此范围的工具批准规则。</translation>
    </message>
    <message>
        <source>Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</source>
        <translation>用法：harness-cli mcp policy unset [--harness H] [--server S] [--tool T]</translation>
    </message>
    <message>
        <source>no tool policy with exactly this scope; `harness-cli mcp policy list` shows them.</source>
        <translation>没有恰好为此范围的工具策略；`harness-cli mcp policy list` 可列出它们。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>An MCP server asks you to sign in. Open this address in a browser on this computer:
  %1
</source>
        <translation>有 MCP 服务器要求你登录。请在这台电脑的浏览器中打开此地址：
  %1
</translation>
    </message>
    <message>
        <source>Export one conversation as Markdown or JSON (to stdout or a file).</source>
        <translation>将一个对话导出为 Markdown 或 JSON（输出到 stdout 或文件）。</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: harness-cli conversations export ID [--format md|json] [--output FILE]</source>
        <translation>用法：harness-cli conversations export ID [--format md|json] [--output FILE]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use --format md or --format json.</source>
        <translation>未知格式“%1”：请使用 --format md 或 --format json。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>not signed in: this data directory uses no Harness account (sign in in the app)</source>
        <translation>未登录：此数据目录未使用 Harness 帐户（请在应用中登录）</translation>
    </message>
    <message>
        <source>signing in took too long (the keychain or %1 did not answer)</source>
        <translation>登录耗时过长（钥匙串或 %1 没有响应）</translation>
    </message>
    <message>
        <source>not signed in: sign in again in the app</source>
        <translation>未登录：请在应用中重新登录</translation>
    </message>
    <message>
        <source>the sign-in expired and could not be renewed: sign in again in the app</source>
        <translation>登录已过期且无法续期：请在应用中重新登录</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Show the signed-in account, its deployment, changes waiting to sync, the last sync and whether live updates answer.</source>
        <translation>显示已登录的帐户、其部署、待同步的更改、上次同步以及实时更新是否响应。</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for the account (default 20).</source>
        <translation>最多等待帐户 SECONDS 秒（默认 20）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>%1 没有响应</translation>
    </message>
    <message>
        <source>Account:     %1</source>
        <translation>帐户：       %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Deployment:  %1</source>
        <translation>部署：       %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>待同步：     %n 项更改尚未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation>上次同步：   %1</translation>
    </message>
    <message>
        <source>Live:        %1</source>
        <translation>实时：       %1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <source>Push local changes to the account and pull its changes, once.</source>
        <translation>将本地更改推送到帐户并拉取其更改，一次。</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300).</source>
        <translation>SECONDS 秒后放弃（默认 300）。</translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>同步耗时超过 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>此计算机上有 %n 个对话、Harness 或消息尚未在帐户中：请打开应用并选择是否上传</numerusform>
        </translation>
    </message>
    <message>
        <source>the deployment refuses the sign-in: sign in again in the app</source>
        <translation>部署拒绝了登录：请在应用中重新登录</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>已与 %1 同步。</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>用户拒绝了对“%1”的此次调用。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval, and stdin is not a terminal to ask on. Pass --yes to allow tools, or allow this one with `%2`.</source>
        <translation>工具“%1”需要批准，但 stdin 不是可用于询问的终端。请指定 --yes 以允许工具，或使用 `%2` 允许此工具。</translation>
    </message>
    <message>
        <source>Tool call: %1 (server &quot;%2&quot;, tool &quot;%3&quot;)</source>
        <translation>工具调用：%1（服务器“%2”，工具“%3”）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>destructive: may delete or overwrite data</source>
        <translation>破坏性：可能删除或覆盖数据</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>可能会做出更改</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Allow? [y] once / [s] this session / [a] always / [n] deny: </source>
        <extracomment>y, s, a and n are the keys the user types; keep them untranslated</extracomment>
        <translation>允许吗？[y] 一次 / [s] 本次会话 / [a] 始终 / [n] 拒绝：</translation>
    </message>
    <message>
        <source>(This server is not saved, so the answer holds for this run only.)
</source>
        <translation>（此服务器未保存，因此该回答仅对本次运行有效。）
</translation>
    </message>
</context>
<context>
    <name>harness::cli::TerminalElicitationHandler</name>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>number or name of a choice</source>
        <translation>选项的编号或名称</translation>
    </message>
    <message>
        <source>choices separated by commas</source>
        <translation>以逗号分隔的选项</translation>
    </message>
    <message>
        <source>harness-cli: MCP server &quot;%1&quot; asked for input (&quot;%2&quot;); declined because stdin is not a terminal.
</source>
        <translation>harness-cli：MCP 服务器“%1”请求输入（“%2”）；由于 stdin 不是终端，已拒绝。
</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; asks:</source>
        <translation>MCP 服务器“%1”询问：</translation>
    </message>
    <message>
        <source>(Enter keeps the [default]; &quot;-&quot; leaves an optional field empty; Ctrl-D cancels.)</source>
        <translation>（按 Enter 保留[默认值]；输入“-”将可选字段留空；Ctrl-D 取消。）</translation>
    </message>
    <message>
        <source>(These fields cannot be filled in here: %1)</source>
        <translation>（这些字段无法在此填写：%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>Send? [a] accept / [d] decline / [c] cancel: </source>
        <extracomment>a, d and c are the keys the user types; keep them untranslated</extracomment>
        <translation>发送吗？[a] 接受 / [d] 拒绝 / [c] 取消：</translation>
    </message>
</context>
<context>
    <name>harness::core::AccountService</name>
    <message>
        <source>Sign out before changing where the account signs in and syncs.</source>
        <translation>更改账户的登录和同步位置前，请先退出登录。</translation>
    </message>
    <message>
        <source>No web browser is available to sign in.</source>
        <translation>没有可用于登录的 Web 浏览器。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>正在等待你在浏览器中登录…</translation>
    </message>
    <message>
        <source>No account chosen yet</source>
        <translation>尚未选择账户</translation>
    </message>
    <message>
        <source>Local profile: not syncing</source>
        <translation>本地配置文件：未同步</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>已退出登录：%1</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync again</source>
        <translation>已退出登录：请登录以重新同步</translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message>
        <source>No model provider is set up.</source>
        <translation>尚未设置模型提供商。</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s output limit.</source>
        <translation>回答达到模型的输出上限，已被截断。</translation>
    </message>
    <message>
        <source>Error: there is no tool named &quot;%1&quot;. Available tools: %2.</source>
        <translation>错误：没有名为“%1”的工具。可用的工具：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Error: the arguments for tool &quot;%1&quot; were not valid JSON, so the tool was not called. Received: %2. Send a single JSON object that matches the tool&apos;s input schema.</source>
        <translation>错误：工具“%1”的参数不是有效的 JSON，因此未调用该工具。收到的内容：%2。请发送一个符合该工具输入架构的 JSON 对象。</translation>
    </message>
    <message>
        <source>Error: the tool could not be started.</source>
        <translation>错误：无法启动该工具。</translation>
    </message>
    <message>
        <source>The user did not allow the tool &quot;%1&quot; to run.</source>
        <translation>用户不允许运行工具“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>已在 %n 轮工具调用后停止：这是该 Harness 每次回答允许的上限。请在 Harness 设置中提高上限，或让模型继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user stopped the answer before this tool call finished.</source>
        <translation>此工具调用完成前，用户停止了回答。</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatService</name>
    <message>
        <source>The harness &quot;%1&quot; has no model. Choose one in the harness settings, then try again.</source>
        <translation>Harness“%1”没有设置模型。请在 Harness 设置中选择一个模型，然后重试。</translation>
    </message>
</context>
<context>
    <name>harness::core::ChatStream</name>
    <message>
        <source>unreadable chunk: %1</source>
        <translation>无法读取的数据块：%1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>意外的响应正文：%1</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
    <message>
        <source>Resource: &lt;%1&gt;</source>
        <translation>资源：&lt;%1&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名的对话</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>%1, answering</source>
        <extracomment>Screen reader text of a sidebar row whose answer is streaming; %1 is the title.</extracomment>
        <translation>%1，正在回答</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <extracomment>Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.</extracomment>
        <translation>%1，未读</translation>
    </message>
</context>
<context>
    <name>harness::core::DataMover</name>
    <message>
        <source>There is not enough free space there: the data needs %1 MB and %2 MB are free. Free some space or choose a folder on another disk.</source>
        <extracomment>%1 and %2 are sizes in megabytes</extracomment>
        <translation>那里没有足够的可用空间：数据需要 %1 MB，可用 %2 MB。请释放一些空间，或选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder with its full path.</source>
        <translation>请选择带完整路径的文件夹。</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>数据已经在 %1 中。</translation>
    </message>
    <message>
        <source>Choose a folder outside the current data folder %1.</source>
        <translation>请选择当前数据文件夹 %1 之外的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose an empty folder or a new one.</source>
        <translation>%1 是文件，不是文件夹。请选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed with your data.</source>
        <translation>%1 不是空的。请选择一个空文件夹或新文件夹，以免其中内容与您的数据混在一起。</translation>
    </message>
    <message>
        <source>The copy could not be opened (%1).</source>
        <translation>无法打开副本（%1）。</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>没有表</translation>
    </message>
    <message>
        <source>The copy does not match: table %1 has %2 rows here but %3 in the copy.</source>
        <extracomment>%1 is a table name, %2 and %3 row counts</extracomment>
        <translation>副本不一致：表 %1 在这里有 %2 行，但在副本中有 %3 行。</translation>
    </message>
    <message>
        <source>The copy does not match: it has %1 tables instead of %2.</source>
        <translation>副本不一致：它有 %1 个表，而不是 %2 个。</translation>
    </message>
    <message>
        <source>Could not create %1. Check that you may write there, or choose another folder.</source>
        <translation>无法创建 %1。请检查您是否有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Nothing was moved; your data stays in %1.</source>
        <translation>没有移动任何内容；您的数据仍在 %1 中。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose a folder you may write to.</source>
        <translation>无法写入 %1（%2）。请选择您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>磁盘已满：%1。</translation>
    </message>
    <message>
        <source>Copying the database failed: %1.</source>
        <translation>复制数据库失败：%1。</translation>
    </message>
    <message>
        <source>Could not read the current database to check the copy: %1.</source>
        <translation>无法读取当前数据库以检查副本：%1。</translation>
    </message>
    <message>
        <source>Could not copy %1: %2.</source>
        <translation>无法复制 %1：%2。</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (is the disk full?).</source>
        <translation>%1 的副本不完整（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>无法将副本命名为 %1。</translation>
    </message>
    <message>
        <source>Could not record the new folder in %1: %2.</source>
        <translation>无法在 %1 中记录新文件夹：%2。</translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>该文件不是有效的 JSON（字节 %2 处：%1）。未导入任何内容。</translation>
    </message>
    <message>
        <source>This is not a Harness Desktop export file. Nothing was imported.</source>
        <translation>这不是 Harness Desktop 的导出文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>This export was made by a newer Harness Desktop. Update the app, then import it again. Nothing was imported.</source>
        <translation>此导出文件由更新版本的 Harness Desktop 创建。请更新应用后再导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; was skipped: %2</source>
        <translation>已跳过提供商“%1”：%2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was skipped: %2</source>
        <translation>已跳过 MCP 服务器“%1”：%2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; was not updated: %2</source>
        <translation>未更新 MCP 服务器“%1”：%2</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; was skipped: %2</source>
        <translation>已跳过 Harness“%1”：%2</translation>
    </message>
    <message>
        <source>A message of &quot;%1&quot; was skipped: its id belongs to another conversation here.</source>
        <translation>已跳过“%1”中的一条消息：其 ID 在这里属于另一个对话。</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>导入失败，未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>已添加 %n 个 Harness。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>已更新 %n 个 Harness。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>已添加 %n 个 MCP 服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>已更新 %n 个 MCP 服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>已添加 %n 个提供商（其密钥不包含在导出中）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>已更新 %n 个提供商。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>已添加 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>已更新 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>已添加 %n 条消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>已更新 %n 条消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n 项已存在，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings were taken from the file.</source>
        <translation>已从文件中采用设置。</translation>
    </message>
    <message>
        <source>The file held nothing new.</source>
        <translation>文件中没有新内容。</translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
</context>
<context>
    <name>harness::core::GuardedSecretStore</name>
    <message>
        <source>No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or choose &quot;Keep secrets for this session only&quot; in Settings; they are forgotten when you quit.</source>
        <translation>无法访问系统钥匙串，因此无法安全保存机密信息（%1）。机密信息绝不会以明文保存。请启动钥匙串（GNOME Keyring、KWallet）并重启应用，或在“设置”中选择“仅在本次会话中保留机密信息”；退出时它们将被清除。</translation>
    </message>
</context>
<context>
    <name>harness::core::HarnessBuilder</name>
    <message>
        <source>Untitled harness</source>
        <translation>未命名的 Harness</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>“%1”的令牌未保存：没有钥匙串。</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>“%1”的令牌未保存：%2</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: no keychain.</source>
        <translation>“%1”的密钥未保存：没有钥匙串。</translation>
    </message>
    <message>
        <source>The keys of &quot;%1&quot; were not saved: %2</source>
        <translation>“%1”的密钥未保存：%2</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: no keychain.</source>
        <translation>“%1”的登录信息未保存：没有钥匙串。</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; was not saved: %2</source>
        <translation>“%1”的登录信息未保存：%2</translation>
    </message>
</context>
<context>
    <name>harness::core::HeadlessAuthorizationOpener</name>
    <message>
        <source>The authorization server did not redirect back (HTTP %1).</source>
        <translation>授权服务器没有重定向回来（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>harness::core::HistoryBuilder</name>
    <message>
        <source>The tool call did not complete.</source>
        <translation>工具调用未完成。</translation>
    </message>
</context>
<context>
    <name>harness::core::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be kept safely. On Linux, install and start a Secret Service provider such as GNOME Keyring or KWallet. (%1)</source>
        <translation>没有可用的系统钥匙串，因此无法安全保存密钥。在 Linux 上，请安装并启动 Secret Service 提供程序，例如 GNOME Keyring 或 KWallet。（%1）</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again. (%1)</source>
        <translation>系统钥匙串拒绝访问。请解锁后重试。（%1）</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告了错误：%1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>harness::core::LegacySseTransport</name>
    <message>
        <source>MCP server &quot;%1&quot; named a message endpoint on another origin (%2); refusing it.</source>
        <translation>MCP 服务器“%1”指定了另一个源上的消息端点（%2）；已拒绝。</translation>
    </message>
    <message>
        <source>Legacy SSE endpoint: %1</source>
        <translation>旧版 SSE 端点：%1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>无法连接位于 %2 的 MCP 服务器“%1”：%3。请检查 URL 以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the event stream (HTTP %2). Check the URL and the transport type.</source>
        <translation>MCP 服务器“%1”拒绝了事件流（HTTP %2）。请检查 URL 和传输类型。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed its event stream.</source>
        <translation>MCP 服务器“%1”关闭了事件流。</translation>
    </message>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>与 MCP 服务器“%1”的连接已关闭。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not accept a message (HTTP %2: %3).</source>
        <translation>MCP 服务器“%1”未接受消息（HTTP %2：%3）。</translation>
    </message>
</context>
<context>
    <name>harness::core::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>登录未完成</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>你可以关闭此标签页并返回 %1。</translation>
    </message>
    <message>
        <source>Return to %1 to see what happened and try again.</source>
        <translation>请返回 %1 查看发生了什么，然后重试。</translation>
    </message>
</context>
<context>
    <name>harness::core::MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>[image] (click to load)</source>
        <translation>[图片]（点击加载）</translation>
    </message>
    <message>
        <source>[image: %1] (click to load)</source>
        <translation>[图片：%1]（点击加载）</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
</context>
<context>
    <name>harness::core::McpAuthorizationGate</name>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; requires sign-in. Set its authentication to OAuth, or enter an access token, in the server settings.</source>
        <translation>MCP 服务器“%1”需要登录。请在服务器设置中将其身份验证设为 OAuth，或输入访问令牌。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; still refuses access after signing in again; the account may lack the needed permission (%2).</source>
        <translation>重新登录后 MCP 服务器“%1”仍拒绝访问；该账户可能缺少所需权限（%2）。</translation>
    </message>
    <message>
        <source>The server asks for authorization; signing in.</source>
        <translation>服务器要求授权；正在登录。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused the access token (%2). Check the token, or enter a new one.</source>
        <translation>MCP 服务器“%1”拒绝了访问令牌（%2）。请检查令牌，或输入新的令牌。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpClient</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; was closed.</source>
        <translation>与 MCP 服务器“%1”的连接已被关闭。</translation>
    </message>
    <message>
        <source>The server&apos;s session expired; initializing a new one.</source>
        <translation>服务器会话已过期；正在初始化新会话。</translation>
    </message>
    <message>
        <source>The server does not accept Streamable HTTP; trying the older HTTP+SSE transport.</source>
        <translation>服务器不支持 Streamable HTTP；正在尝试旧版 HTTP+SSE 传输。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; did not complete the handshake: %2</source>
        <translation>MCP 服务器“%1”未完成握手：%2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; speaks protocol version &quot;%2&quot;, which Harness does not support (supported: %3). Update the server or Harness.</source>
        <translation>MCP 服务器“%1”使用的协议版本“%2”不受 Harness 支持（支持：%3）。请更新服务器或 Harness。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (protocol %3).</source>
        <translation>已连接到 %1 %2（协议 %3）。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; could not list its tools: %2</source>
        <translation>MCP 服务器“%1”无法列出其工具：%2</translation>
    </message>
    <message>
        <source>Last server output: %1</source>
        <translation>服务器最后的输出：%1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping.</source>
        <translation>MCP 服务器“%1”正在停止。</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>服务器已停止。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is stopping. Start it and try again.</source>
        <translation>MCP 服务器“%1”正在停止。请启动它后重试。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. Start it and try again.</source>
        <translation>MCP 服务器“%1”未运行。请启动它后重试。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; rejected the call to &quot;%2&quot;: %3 (code %4)</source>
        <translation>MCP 服务器“%1”拒绝了对“%2”的调用：%3（代码 %4）</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; on MCP server &quot;%2&quot; timed out: %3 Increase the server&apos;s timeout if the tool needs longer.</source>
        <translation>MCP 服务器“%2”上的工具“%1”超时：%3 如果该工具需要更长时间，请增大服务器的超时时间。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not run: %2</source>
        <translation>工具“%1”无法运行：%2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>MCP 服务器“%1”未运行。</translation>
    </message>
    <message>
        <source>The server cancelled its request: %1</source>
        <translation>服务器取消了其请求：%1</translation>
    </message>
</context>
<context>
    <name>harness::core::McpCredentialKeeper</name>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>无法从%2中删除 %1：%3</translation>
    </message>
    <message>
        <source>The saved sign-in of MCP server &quot;%1&quot; is unreadable; sign in again.</source>
        <translation>MCP 服务器“%1”已保存的登录信息无法读取；请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in of MCP server &quot;%1&quot; could not be saved in %2 (%3); you will be asked to sign in again next time.</source>
        <translation>无法将 MCP 服务器“%1”的登录信息保存到%2中（%3）；下次会再次要求你登录。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>“%1”必须为是或否。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>“%1”不能小于 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>“%1”不能大于 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of the offered choices.</source>
        <translation>“%1”必须是提供的选项之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of choices.</source>
        <translation>“%1”必须是选项列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must only contain the offered choices.</source>
        <translation>“%1”只能包含提供的选项。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>请为“%1”至少选择 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>请为“%1”最多选择 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>“%1”至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>“%1”最多允许 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an email address, like name@example.com.</source>
        <translation>“%1”必须是电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full address, like https://example.com.</source>
        <translation>“%1”必须是完整地址，例如 https://example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2025-12-31.</source>
        <translation>“%1”必须是类似 2025-12-31 的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2025-12-31T18:30:00Z.</source>
        <translation>“%1”必须是类似 2025-12-31T18:30:00Z 的日期和时间。</translation>
    </message>
    <message>
        <source>Answer yes or no for &quot;%1&quot;.</source>
        <translation>请对“%1”回答是或否。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for &quot;%2&quot;.</source>
        <translation>“%1”不是“%2”的选项之一。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>harness::core::McpOAuth</name>
    <message>
        <source>MCP server %1 requires sign-in, but there is no way to open a browser here.</source>
        <translation>MCP 服务器 %1 需要登录，但此处无法打开浏览器。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the sign-in redirect.</source>
        <translation>无法在 127.0.0.1 上监听登录重定向。</translation>
    </message>
    <message>
        <source>MCP server %1 published authorization metadata for a different resource (%2); refusing to sign in. Check the server URL.</source>
        <translation>MCP 服务器 %1 发布的授权元数据属于另一个资源（%2）；已拒绝登录。请检查服务器 URL。</translation>
    </message>
    <message>
        <source>The authorization server of %1 does not support automatic client registration. Enter a client ID (and secret) for this server in its settings.</source>
        <translation>%1 的授权服务器不支持自动注册客户端。请在此服务器的设置中输入客户端 ID（及密钥）。</translation>
    </message>
    <message>
        <source>Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client ID for this server in its settings.</source>
        <translation>向 %1 的授权服务器注册 Harness 失败（HTTP %2）。请在此服务器的设置中输入客户端 ID。</translation>
    </message>
    <message>
        <source>Sign-in for %1 did not complete within 5 minutes. Try again.</source>
        <translation>%1 的登录未在 5 分钟内完成。请重试。</translation>
    </message>
    <message>
        <source>Sign-in for %1 was refused: %2 %3</source>
        <translation>%1 的登录被拒绝：%2 %3</translation>
    </message>
    <message>
        <source>The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.</source>
        <translation>%1 的授权服务器未颁发令牌（HTTP %2：%3）。请尝试重新登录。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message>
        <source>Restarting the server (attempt %1).</source>
        <translation>正在重启服务器（第 %1 次尝试）。</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is not configured. Add it in the settings or remove it from the harness.</source>
        <translation>MCP 服务器“%1”未配置。请在设置中添加它，或将其从 Harness 中移除。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running. It is restarted automatically; try again in a moment.</source>
        <translation>MCP 服务器“%1”未运行。它会自动重启；请稍后重试。</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;. Its MCP server may have been removed or may not be running.</source>
        <translation>没有名为“%1”的工具。其 MCP 服务器可能已被移除或未运行。</translation>
    </message>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>服务器已连续失败 %n 次；下次使用时会重新启动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServersJson</name>
    <message>
        <source>&quot;%1&quot; must be an object of names to text values.</source>
        <translation>“%1”必须是由名称映射到文本值的对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; value &quot;%2&quot; must be text.</source>
        <translation>“%1”的值“%2”必须是文本。</translation>
    </message>
    <message>
        <source>Unknown server type &quot;%1&quot;; expected stdio, http or sse.</source>
        <translation>未知的服务器类型“%1”；应为 stdio、http 或 sse。</translation>
    </message>
    <message>
        <source>The entry has both &quot;command&quot; and &quot;url&quot;; keep only one.</source>
        <translation>该条目同时包含“command”和“url”；只能保留其一。</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing or not text; it names the program to start.</source>
        <translation>缺少“command”或其不是文本；它指定要启动的程序。</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of text arguments.</source>
        <translation>“args”必须是文本参数列表。</translation>
    </message>
    <message>
        <source>&quot;args&quot; must contain only text arguments.</source>
        <translation>“args”只能包含文本参数。</translation>
    </message>
    <message>
        <source>The entry has neither &quot;command&quot; nor &quot;url&quot;; say how to start or reach the server.</source>
        <translation>该条目既没有“command”也没有“url”；请说明如何启动或连接服务器。</translation>
    </message>
    <message>
        <source>&quot;url&quot; is not a valid http or https address.</source>
        <translation>“url”不是有效的 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1 at position %2). Copy the whole configuration, including the outer braces.</source>
        <translation>文本不是有效的 JSON（位置 %2 处：%1）。请复制完整的配置，包括最外层的大括号。</translation>
    </message>
    <message>
        <source>Expected a JSON object with an &quot;mcpServers&quot; object.</source>
        <translation>应为包含“mcpServers”对象的 JSON 对象。</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object found. Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}.</source>
        <translation>未找到“mcpServers”对象。应为 {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: ...}}}。</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>服务器名称为空。</translation>
    </message>
    <message>
        <source>The entry is not an object.</source>
        <translation>该条目不是对象。</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolProvider</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>harness::core::McpToolResult</name>
    <message>
        <source>[image: %1, %2]</source>
        <translation>[图片：%1，%2]</translation>
    </message>
    <message>
        <source>[audio: %1, %2]</source>
        <translation>[音频：%1，%2]</translation>
    </message>
    <message>
        <source>[resource link: %1 &lt;%2&gt;</source>
        <translation>[资源链接：%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>[resource %1: %2, %3]</source>
        <translation>[资源 %1：%2，%3]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[资源 %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>harness::core::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation>此回答在接收过程中 Harness Desktop 已关闭。已收到的文本会保留；你可以重试或继续生成。</translation>
    </message>
</context>
<context>
    <name>harness::core::ModelCatalog</name>
    <message>
        <source>not a model list: %1</source>
        <translation>不是模型列表：%1</translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 未在 %n 秒内响应。请检查网络连接或代理后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address for typos and that you are online.</source>
        <translation>找不到服务器名称 %1。请检查地址是否有拼写错误，以及你是否在线。</translation>
    </message>
    <message>
        <source>Nothing is answering at %1. Check the address and port, and that the server is running.</source>
        <translation>%1 上没有任何响应。请检查地址和端口，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check your connection or proxy, then try again.</source>
        <translation>与 %1 的连接超时。请检查网络连接或代理后重试。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 在响应前关闭了连接。请稍后重试。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Check the address (https vs. http) and your system&apos;s date and certificates.</source>
        <translation>无法与 %1 建立安全连接。请检查地址（https 还是 http）以及系统的日期和证书。</translation>
    </message>
    <message>
        <source>The network proxy could not be used to reach %1. Check Settings &gt; Network.</source>
        <translation>无法通过网络代理连接 %1。请检查“设置 &gt; 网络”。</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password. Enter them in Settings &gt; Network.</source>
        <translation>网络代理需要用户名和密码。请在“设置 &gt; 网络”中输入。</translation>
    </message>
    <message>
        <source>This device seems to be offline, so %1 cannot be reached. Connect to the internet and try again.</source>
        <translation>此设备似乎处于离线状态，因此无法连接 %1。请连接到互联网后重试。</translation>
    </message>
    <message>
        <source>The address of %1 must start with http:// or https://.</source>
        <translation>%1 的地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and your connection, then try again.</source>
        <translation>无法连接 %1。请检查地址和网络连接后重试。</translation>
    </message>
</context>
<context>
    <name>harness::core::NoToolProvider</name>
    <message>
        <source>Tool &quot;%1&quot; is not available.</source>
        <translation>工具“%1”不可用。</translation>
    </message>
</context>
<context>
    <name>harness::core::OAuthLoopbackReceiver</name>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop received the sign-in result. You can close this window.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;p&gt;Harness Desktop 已收到登录结果。你可以关闭此窗口。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>harness::core::OpenRouterConnect</name>
    <message>
        <source>OpenRouter did not send you back in time. Click &quot;Connect OpenRouter&quot; to try again.</source>
        <translation>OpenRouter 没有及时将你送回。请点击“连接 OpenRouter”重试。</translation>
    </message>
    <message>
        <source>Could not open a local port to receive OpenRouter&apos;s answer. Paste a key instead.</source>
        <translation>无法打开本地端口接收 OpenRouter 的应答。请改为粘贴密钥。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself to connect: %1</source>
        <translation>无法打开任何 Web 浏览器。请自行打开此地址进行连接：%1</translation>
    </message>
    <message>
        <source>Connecting OpenRouter was cancelled.</source>
        <translation>已取消连接 OpenRouter。</translation>
    </message>
    <message>
        <source>OpenRouter sent you back without a code. Try again, or paste a key instead.</source>
        <translation>OpenRouter 送回时没有附带代码。请重试，或改为粘贴密钥。</translation>
    </message>
    <message>
        <source>OpenRouter did not connect: %1</source>
        <translation>OpenRouter 未连接：%1</translation>
    </message>
    <message>
        <source>OpenRouter refused to issue a key for this sign-in. Try connecting again.</source>
        <translation>OpenRouter 拒绝为此次登录颁发密钥。请重新连接。</translation>
    </message>
    <message>
        <source>OpenRouter could not issue a key (HTTP %1). Try again later, or paste a key instead.</source>
        <translation>OpenRouter 无法颁发密钥（HTTP %1）。请稍后重试，或改为粘贴密钥。</translation>
    </message>
    <message>
        <source>(OpenRouter says: %1)</source>
        <translation>（OpenRouter 表示：%1）</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderAccess</name>
    <message>
        <source>No model provider is set up. Add your OpenRouter key (or another OpenAI-compatible endpoint) in Settings, then try again.</source>
        <translation>尚未设置模型提供商。请在“设置”中添加你的 OpenRouter 密钥（或其他兼容 OpenAI 的端点），然后重试。</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Add it in Settings, then try again.</source>
        <translation>尚未为 %1 保存 API 密钥。请在“设置”中添加，然后重试。</translation>
    </message>
</context>
<context>
    <name>harness::core::ProviderKeyCheck</name>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>请输入服务器的完整地址，以 http:// 或 https:// 开头，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>The key was rejected. Check that you copied all of it and that it has not been revoked.</source>
        <translation>密钥被拒绝。请确认已完整复制，且密钥未被吊销。</translation>
    </message>
    <message>
        <source>This server needs an API key. Paste one and check again.</source>
        <translation>此服务器需要 API 密钥。请粘贴一个后重新检查。</translation>
    </message>
    <message>
        <source>(%1 says: %2)</source>
        <translation>（%1 表示：%2）</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: it usually ends in /v1.</source>
        <translation>%1 有响应，但不是兼容 OpenAI 的 API（HTTP %2）。请检查地址：通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>%1 could not check the key right now (HTTP %2). Try again later.</source>
        <translation>%1 暂时无法检查密钥（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAI-compatible API. Check the address: it usually ends in /v1.</source>
        <translation>%1 返回的内容不是兼容 OpenAI 的 API。请检查地址：通常以 /v1 结尾。</translation>
    </message>
</context>
<context>
    <name>harness::core::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>请输入代理的主机名。</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name (e.g. proxy.example.com), without http:// or a path.</source>
        <translation>请只输入代理的主机名（例如 proxy.example.com），不要带 http:// 或路径。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port.</source>
        <translation>请输入代理的端口。</translation>
    </message>
</context>
<context>
    <name>harness::core::ReadOnlyPolicy</name>
    <message>
        <source>The tool &quot;%1&quot; may change things and was not approved. Allow it when asked, or run harness-cli with --yes.</source>
        <translation>工具“%1”可能会做出更改，且未获批准。请在询问时允许它，或加上 --yes 运行 harness-cli。</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteChangeApplier</name>
    <message>
        <source>Not synced: this conversation was deleted on the web or another device. This message is kept on this device only.</source>
        <translation>未同步：此对话已在网页或其他设备上删除。此消息仅保留在此设备上。</translation>
    </message>
</context>
<context>
    <name>harness::core::RemoteImageLoader</name>
    <message>
        <source>The image is larger than %1; it was not loaded.</source>
        <translation>图片大于 %1，未加载。</translation>
    </message>
    <message>
        <source>The image address redirects to an address that is not http or https; it was not followed.</source>
        <translation>图片地址重定向到一个既不是 http 也不是 https 的地址，未跟随。</translation>
    </message>
    <message>
        <source>The image address redirects to a %1: address, which is not http or https; it was not followed.</source>
        <translation>图片地址重定向到一个 %1: 地址，它既不是 http 也不是 https，未跟随。</translation>
    </message>
    <message>
        <source>Only http and https images can be loaded.</source>
        <translation>只能加载 http 和 https 图片。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>服务器返回 HTTP %1（%2）。</translation>
    </message>
    <message>
        <source>The image server did not answer in time.</source>
        <translation>图片服务器未及时响应。</translation>
    </message>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>无法下载图片：%1</translation>
    </message>
    <message>
        <source>The address did not return an image (it sent %1).</source>
        <translation>该地址没有返回图片（返回的是 %1）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空内容</translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>harness::core::StdioTransport</name>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the command &quot;%2&quot; was not found or is not executable. Install it, or enter its full path in the server settings.</source>
        <translation>无法启动 MCP 服务器“%1”：找不到命令“%2”或其不可执行。请安装它，或在服务器设置中输入其完整路径。</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot;: the working directory &quot;%2&quot; does not exist. Fix it in the server settings.</source>
        <translation>无法启动 MCP 服务器“%1”：工作目录“%2”不存在。请在服务器设置中修正。</translation>
    </message>
    <message>
        <source>Starting %1 %2</source>
        <translation>正在启动 %1 %2</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; is not running.</source>
        <translation>MCP 服务器“%1”未运行。</translation>
    </message>
    <message>
        <source>Server did not exit after stdin closed; terminating.</source>
        <translation>关闭 stdin 后服务器未退出；正在终止。</translation>
    </message>
    <message>
        <source>Server did not terminate; killing it.</source>
        <translation>服务器未终止；正在强制结束。</translation>
    </message>
    <message>
        <source>Ignored non-JSON output on stdout: %1</source>
        <translation>已忽略 stdout 上的非 JSON 输出：%1</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; crashed. See its log for details; it is restarted automatically.</source>
        <translation>MCP 服务器“%1”崩溃了。详情请查看其日志；它会自动重启。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; exited unexpectedly with code %2. See its log for details.</source>
        <translation>MCP 服务器“%1”意外退出，代码为 %2。详情请查看其日志。</translation>
    </message>
    <message>
        <source>Could not start MCP server &quot;%1&quot; (%2): %3. Check the command in the server settings.</source>
        <translation>无法启动 MCP 服务器“%1”（%2）：%3。请检查服务器设置中的命令。</translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation>无法打开对话数据库。请确认数据文件夹存在且你有写入权限，或使用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation>对话数据库已损坏，无法读取。Harness 不会改动该文件；你可以使用新的数据库重新开始，并保留旧文件以便恢复。</translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation>对话数据库由更新版本的 Harness Desktop 写入。请更新应用后再打开；数据库未被更改。</translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation>对话数据库被其他程序锁定。请关闭使用同一数据文件夹的其他 Harness Desktop 或 harness-cli，然后重试。</translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation>对话数据库为只读。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>磁盘已满，无法保存更改。请释放一些空间后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>没有该项目。</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation>对话数据库报告了错误。</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（详情：%1）</translation>
    </message>
</context>
<context>
    <name>harness::core::StoredApprovalPolicy</name>
    <message>
        <source>Change it in the settings (tool approval), or with `%1`.</source>
        <translation>请在设置（工具批准）中更改，或使用 `%1`。</translation>
    </message>
    <message>
        <source>Change it in the tools of the MCP server &quot;%1&quot; (Harnesses page), or with `%2`.</source>
        <translation>请在 MCP 服务器“%1”的工具中（Harness 页面）更改，或使用 `%2`。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot; is set to never run. %3</source>
        <translation>MCP 服务器“%2”的工具“%1”被设置为从不运行。%3</translation>
    </message>
    <message>
        <source>The user denied the tool &quot;%1&quot; for this session.</source>
        <translation>用户在本次会话中拒绝了工具“%1”。</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs approval and nobody can be asked here. Allow it for this server with `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always`, or run harness-cli with --yes.</source>
        <translation>工具“%1”需要批准，但此处无法询问任何人。请使用 `harness-cli mcp policy set --server &quot;%2&quot; --tool &quot;%3&quot; always` 为此服务器允许它，或加上 --yes 运行 harness-cli。</translation>
    </message>
</context>
<context>
    <name>harness::core::StreamableHttpTransport</name>
    <message>
        <source>The connection to MCP server &quot;%1&quot; is closed.</source>
        <translation>与 MCP 服务器“%1”的连接已关闭。</translation>
    </message>
    <message>
        <source>Ignored a message that is not JSON: %1</source>
        <translation>已忽略非 JSON 消息：%1</translation>
    </message>
    <message>
        <source>Could not reach MCP server &quot;%1&quot; at %2: %3. Check the URL and that the server is running.</source>
        <translation>无法连接位于 %2 的 MCP 服务器“%1”：%3。请检查 URL 以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; refused access (HTTP %2). Check its access token or sign in again.</source>
        <translation>MCP 服务器“%1”拒绝访问（HTTP %2）。请检查其访问令牌或重新登录。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; answered HTTP %2 %3.</source>
        <translation>MCP 服务器“%1”返回 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>MCP server &quot;%1&quot; closed the response stream without answering.</source>
        <translation>MCP 服务器“%1”未作应答便关闭了响应流。</translation>
    </message>
    <message>
        <source>The server offers no stream for server-initiated messages (HTTP %1).</source>
        <translation>服务器未提供用于服务器主动发送消息的流（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>harness::core::SyncEngine</name>
    <message>
        <source>Sync is off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <source>Sync is waiting: choose what to do with the data on this device</source>
        <translation>同步等待中：请选择如何处理此设备上的数据</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sync when the connection is back</source>
        <translation>离线：更改已保留，连接恢复后会自动同步</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>同步错误：%1</translation>
    </message>
    <message>
        <source>The sign-in token names no account; sign in again.</source>
        <translation>登录令牌未指明账户；请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>你的登录已过期。请重新登录以继续同步。</translation>
    </message>
</context>
<context>
    <name>harness::core::WebModelMap</name>
    <message>
        <source>%1 (runs %2, high reasoning)</source>
        <translation>%1（以 %2 运行，高推理）</translation>
    </message>
    <message>
        <source>%1 (runs %2)</source>
        <translation>%1（以 %2 运行）</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutDialog</name>
    <message>
        <source>About Harness Desktop</source>
        <translation>关于 Harness Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;A native chat client for LLM agents with MCP tools.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;, used under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;obligations&lt;/a&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;, under the BSD 3-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt; (GitHub&apos;s CommonMark), under the BSD 2-Clause License.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt; (sign-in token checks), under the Apache License 2.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop itself is released under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Harness Desktop %1&lt;/h2&gt;&lt;p&gt;支持 MCP 工具的 LLM 智能体原生聊天客户端。&lt;/p&gt;&lt;p&gt;你的数据：%2&lt;/p&gt;&lt;h3&gt;使用的组件&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %3&lt;/b&gt;，依据 GNU Lesser General Public License v3 使用（&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;义务说明&lt;/a&gt;）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt;，采用 BSD 3-Clause 许可证。&lt;/li&gt;&lt;li&gt;&lt;b&gt;cmark-gfm %4&lt;/b&gt;（GitHub 的 CommonMark），采用 BSD 2-Clause 许可证。&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;，属于公有领域。&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenSSL&lt;/b&gt;（登录令牌校验），采用 Apache License 2.0。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harness Desktop 本身以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>harness::gui::AboutPanel</name>
    <message>
        <source>About Qt…</source>
        <translation>关于 Qt…</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message>
        <source>Sign in to Harness</source>
        <translation>登录 Harness</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>退出登录…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>不使用账户</translation>
    </message>
    <message>
        <source>Keep everything on this computer and stop syncing.</source>
        <translation>所有内容都保留在这台电脑上，并停止同步。</translation>
    </message>
    <message>
        <source>Advanced: sign-in and sync addresses</source>
        <translation>高级：登录和同步地址</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>颁发者 URL</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>颁发者 URL：</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Sync deployment URL</source>
        <translation>同步部署 URL</translation>
    </message>
    <message>
        <source>Sync deployment URL:</source>
        <extracomment>The Convex deployment that keeps the account&apos;s data</extracomment>
        <translation>同步部署 URL：</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the sign-in and sync addresses</source>
        <translation>应用登录和同步地址</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录为 %1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to keep this computer in sync with your account.</source>
        <translation>已退出登录。请重新登录，让这台电脑与你的账户保持同步。</translation>
    </message>
    <message>
        <source>Not signed in. This is a local profile: everything stays on this computer and nothing is synced.</source>
        <translation>未登录。这是本地配置文件：所有内容都保留在这台电脑上，不会同步。</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>同步：%1（%n 项更改等待中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Sign out to change these.</source>
        <translation>请退出登录后再更改这些设置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Sign out of Harness? Sync stops on this computer.

Your conversations and harnesses stay in your account. Keep a copy on this computer too, or remove them from this computer?</source>
        <translation>要退出 Harness 登录吗？这台电脑将停止同步。

你的对话和 Harness 仍保留在账户中。要在这台电脑上也保留一份副本，还是从这台电脑中移除？</translation>
    </message>
    <message>
        <source>Sign out and keep local copies</source>
        <translation>退出登录并保留本地副本</translation>
    </message>
    <message>
        <source>Sign out and remove them from this computer</source>
        <translation>退出登录并从这台电脑中移除</translation>
    </message>
    <message>
        <source>They stay in your Harness account.</source>
        <translation>它们仍保留在您的 Harness 账户中。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountUi</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>已登录为 %1。</translation>
    </message>
    <message>
        <source>Signed out. This is now a local profile.</source>
        <translation>已退出登录。现在这是本地配置文件。</translation>
    </message>
    <message>
        <source>Your Harness session ended. Sign in again to keep syncing.</source>
        <translation>你的 Harness 会话已结束。请重新登录以继续同步。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatHeader</name>
    <message>
        <source>Conversation title</source>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>Click to rename the conversation</source>
        <translation>点击以重命名对话</translation>
    </message>
    <message>
        <source>Harness</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>The harness that answers: model, tools and instructions</source>
        <translation>负责回答的 Harness：模型、工具和指令</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown or JSON</source>
        <translation>将对话导出为 Markdown 或 JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
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
        <translation>新对话</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>无法重命名对话：%1</translation>
    </message>
    <message>
        <source>The harness that answers. %1</source>
        <translation>回答的 Harness。%1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation>尽管提问。你的对话会随时保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Continue exactly where your last answer stopped.</source>
        <translation>请从你上一次回答停止的地方继续。</translation>
    </message>
    <message>
        <source>Create a harness first: Harnesses → New harness.</source>
        <translation>请先创建一个 Harness：Harness → 新建 Harness。</translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ 跳到最新</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
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
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>harness::gui::Composer</name>
    <message>
        <source>Editing your message: sending it starts a new version of the answer; the earlier one is kept.</source>
        <translation>正在编辑你的消息：发送后会生成新版本的回答；之前的版本会保留。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation>消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>重新回答</translation>
    </message>
    <message>
        <source>The last answer failed or was cut off: ask the model again</source>
        <translation>上一次回答失败或被截断：再次询问模型</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the answer</source>
        <translation>继续回答</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the answer stopped</source>
        <translation>让模型从回答停止的地方继续</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived so far is kept</source>
        <translation>停止回答（Esc）；已收到的内容会保留</translation>
    </message>
    <message>
        <source>Send edit</source>
        <translation>发送修改</translation>
    </message>
</context>
<context>
    <name>harness::gui::ConnectStep</name>
    <message>
        <source>Some of the servers you chose need a key or a sign-in. Keys and tokens are kept in your system keychain, never in Harness&apos;s files.</source>
        <translation>你选择的部分服务器需要密钥或登录。密钥和令牌保存在系统钥匙串中，绝不会存入 Harness 的文件。</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>已保存在钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>粘贴到这里</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>如何获取？</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in the browser. Harness receives the permission on this computer only.</source>
        <translation>请在浏览器中登录你的 %1 账户。Harness 仅在这台电脑上获得授权。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>harness::gui::CustomServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Short, e.g. notes; tools appear as notes__&lt;tool&gt;</source>
        <translation>简短名称，例如 notes；工具将显示为 notes__&lt;工具名&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>How the server runs</source>
        <translation>服务器的运行方式</translation>
    </message>
    <message>
        <source>Local program (stdio)</source>
        <translation>本地程序（stdio）</translation>
    </message>
    <message>
        <source>Remote server (HTTP)</source>
        <translation>远程服务器（HTTP）</translation>
    </message>
    <message>
        <source>&amp;Runs as:</source>
        <translation>运行方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>e.g. npx, uvx, docker or a full path</source>
        <translation>例如 npx、uvx、docker 或完整路径</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>e.g. -y @modelcontextprotocol/server-memory (quote arguments with spaces)</source>
        <translation>例如 -y @modelcontextprotocol/server-memory（含空格的参数请加引号）</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>One NAME=value per line (not for secrets: they would be saved unencrypted)</source>
        <translation>每行一个 NAME=值（不要用于机密信息：它们会以未加密形式保存）</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作文件夹(&amp;W)：</translation>
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
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>访问令牌（Bearer）</translation>
    </message>
    <message>
        <source>Sign in (OAuth)</source>
        <translation>登录（OAuth）</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;H)：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外的请求头</translation>
    </message>
    <message>
        <source>Optional, one Name: value per line</source>
        <translation>可选，每行一个“名称: 值”</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;D)：</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>The environment line &quot;%1&quot; is not NAME=value.</source>
        <translation>环境变量行“%1”不是 NAME=值 的格式。</translation>
    </message>
    <message>
        <source>The header line &quot;%1&quot; is not Name: value.</source>
        <translation>请求头行“%1”不是“名称: 值”的格式。</translation>
    </message>
    <message>
        <source>Put the token in the Token field (it goes to the keychain), not in a header.</source>
        <translation>请将令牌填入“令牌”字段（它会存入钥匙串），不要放在请求头中。</translation>
    </message>
    <message>
        <source>Enter the access token, or choose another kind of authentication.</source>
        <translation>请输入访问令牌，或选择其他身份验证方式。</translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Your conversations, harnesses and settings are kept in:</source>
        <translation>你的对话、Harness 和设置保存在：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>导出和导入</translation>
    </message>
    <message>
        <source>One JSON file with your harnesses, MCP server settings, providers, conversations and settings. Keys and tokens are never exported. Importing merges: what is already here is not duplicated, and newer copies win.</source>
        <translation>一个 JSON 文件，包含你的 Harness、MCP 服务器设置、提供商、对话和设置。密钥和令牌永远不会导出。导入时会合并：已有内容不会重复，较新的副本优先。</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>导出全部数据…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>无法写入 %1：%2。请选择其他位置。</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n harness(es)</source>
        <translation>
            <numerusform>%n 个 Harness</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s)</source>
        <translation>
            <numerusform>%n 个 MCP 服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n 个提供商</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <extracomment>%1 is a file path, %2 a list such as &quot;3 conversations, 40 messages, 2 harnesses&quot;</extracomment>
        <translation>已导出到 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>已省略 %n 个看起来像机密信息的环境变量值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Move data…</source>
        <translation>移动数据…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>移动数据文件夹</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or the environment variable %1, which always win. To keep your data elsewhere, change that option or variable.</source>
        <translation>此文件夹是通过 --data-dir 或环境变量 %1 选择的，它们始终优先。要把数据放在别处，请更改该选项或变量。</translation>
    </message>
    <message>
        <source>Move data… copies everything to an empty or new folder (another disk, a synced folder), checks the copy, and uses it from the next start. The old folder is kept until you remove it. API keys are not in this folder; they stay in the system keychain.</source>
        <translation>“移动数据…”会把所有内容复制到一个空文件夹或新文件夹（另一块磁盘、同步文件夹），检查副本，并从下次启动起使用它。旧文件夹会一直保留，直到您将其删除。API 密钥不在此文件夹中，而是保留在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Choose an empty folder for your data</source>
        <translation>为您的数据选择一个空文件夹</translation>
    </message>
    <message>
        <source>Copying your data to %1…</source>
        <translation>正在将您的数据复制到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>您的数据已复制到 %1 并通过检查（%n 个对话）。Harness Desktop 将从下次启动起使用它。</numerusform>
        </translation>
    </message>
    <message>
        <source>The old folder %1 is kept until you remove it.</source>
        <translation>旧文件夹 %1 会一直保留，直到您将其删除。</translation>
    </message>
    <message>
        <source>Restart now to use it, or cancel the move: the copy is removed and the app keeps using the old folder.</source>
        <translation>立即重启以使用它，或取消移动：副本将被删除，应用继续使用旧文件夹。</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>数据已复制</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>取消移动</translation>
    </message>
    <message>
        <source>The move was cancelled; your data stays in %1.</source>
        <translation>移动已取消；您的数据仍在 %1 中。</translation>
    </message>
    <message>
        <source>Moved to %1. The old folder %2 is kept until you remove it.</source>
        <translation>已移动到 %1。旧文件夹 %2 会一直保留，直到您将其删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>仍有 %n 个回答正在接收。请等待其完成或停止它们，然后再移动数据。</numerusform>
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
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 asks for information</source>
        <translation>%1 请求提供信息</translation>
    </message>
    <message>
        <source>Asked by the MCP server &quot;%1&quot;. Only send what you are happy to share with it.</source>
        <translation>由 MCP 服务器“%1”请求。请只发送你愿意与它分享的内容。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>The server also asked for fields this form cannot show: %1.</source>
        <translation>服务器还请求了此表单无法显示的字段：%1。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept and send the answers</source>
        <translation>接受并发送回答</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>拒绝该请求</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>harness::gui::GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation>打开对话时切换到该对话上次使用的 Harness</translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation>自动切换 Harness</translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation>自动切换 Harness：</translation>
    </message>
    <message>
        <source>Default harness for new chats</source>
        <translation>新聊天的默认 Harness</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>新聊天使用：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
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
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies after you restart the app.</source>
        <translation>新语言将在重启应用后生效。</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>语言（重启后生效）：</translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation>在回答下方显示令牌数和费用</translation>
    </message>
    <message>
        <source>Show tokens and cost</source>
        <translation>显示令牌数和费用</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用量：</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds, after a number</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation>流静默超时（秒）</translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation>流静默多久后放弃：</translation>
    </message>
    <message>
        <source>When a provider sends nothing for this long, the answer stops and what arrived is kept.</source>
        <translation>如果提供商在这段时间内没有发送任何内容，回答将停止，已收到的内容会保留。</translation>
    </message>
    <message>
        <source>The harness used last</source>
        <translation>上次使用的 Harness</translation>
    </message>
</context>
<context>
    <name>harness::gui::GuiApprovalPolicy</name>
    <message>
        <source>The user denied this call of &quot;%1&quot;.</source>
        <translation>用户拒绝了对“%1”的此次调用。</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message>
        <source>Harnesses</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation>新建 Harness…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation>删除 Harness</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import MCP servers…</source>
        <translation>导入 MCP 服务器…</translation>
    </message>
    <message>
        <source>Add the servers of an mcpServers JSON file, as Claude Desktop and Cursor write them</source>
        <translation>添加 mcpServers JSON 文件中的服务器（即 Claude Desktop 和 Cursor 使用的格式）</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; was not saved: %2</source>
        <translation>“%1”的令牌未保存：%2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>没有添加任何服务器。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Make a copy with the same model, servers and prompt</source>
        <translation>创建一个模型、服务器和提示词都相同的副本</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>已创建 Harness“%1”。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>已保存 Harness“%1”。</translation>
    </message>
    <message>
        <source>(no model yet)</source>
        <translation>（尚未设置模型）</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 个服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>not available (disabled or removed)</source>
        <translation>不可用（已禁用或已移除）</translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>已连接 · %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not started (starts when a chat uses it)</source>
        <translation>未启动（有聊天使用时启动）</translation>
    </message>
    <message>
        <source>stopped · last error: %1</source>
        <translation>已停止 · 上次错误：%1</translation>
    </message>
    <message>
        <source>Select a harness to see its MCP servers.</source>
        <translation>选择一个 Harness 以查看其 MCP 服务器。</translation>
    </message>
    <message>
        <source>MCP servers of &quot;%1&quot;</source>
        <translation>“%1”的 MCP 服务器</translation>
    </message>
    <message>
        <source>No MCP server: the model answers without tools.</source>
        <translation>没有 MCP 服务器：模型将不使用工具作答。</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Tools and status of %1</source>
        <translation>%1 的工具和状态</translation>
    </message>
    <message>
        <source>The server&apos;s tools, their approval rules, and its log</source>
        <translation>服务器的工具、工具的批准规则及服务器日志</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot;. Edit it, then start it.</source>
        <translation>已创建“%1”。请编辑后再启动。</translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept, and so are its MCP servers.</source>
        <translation>删除 Harness“%1”吗？使用过它的对话会保留，其 MCP 服务器也会保留。</translation>
    </message>
    <message>
        <source>Added: %1. Tick them on the MCP servers page when you edit a harness.</source>
        <translation>已添加：%1。编辑 Harness 时，请在“MCP 服务器”页面勾选它们。</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; status…</source>
        <translation>工具和状态…</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <source> · on this device only</source>
        <translation> · 仅在此设备上</translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessWizard</name>
    <message>
        <source>Name &amp; model</source>
        <translation>名称和模型</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Keep what you entered as a draft harness and finish later</source>
        <translation>将已输入的内容保存为 Harness 草稿，稍后再完成</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness</source>
        <translation>来创建你的第一个 Harness 吧</translation>
    </message>
    <message>
        <source>New harness</source>
        <translation>新建 Harness</translation>
    </message>
    <message>
        <source>A harness is a model, the tools it may use, and how it should behave. You can change everything later, and save a draft at any step.</source>
        <translation>Harness 由一个模型、它可以使用的工具以及它应有的行为方式组成。你可以稍后更改任何内容，并可在任何一步保存草稿。</translation>
    </message>
    <message>
        <source>My harness</source>
        <translation>我的 Harness</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;</source>
        <translation>完成“%1”</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>This harness is a draft: complete the steps and create it.</source>
        <translation>此 Harness 是草稿：请完成各个步骤后创建它。</translation>
    </message>
    <message>
        <source>Change any step, then save. Tokens already saved stay in the keychain unless you type new ones.</source>
        <translation>修改任意步骤后保存。已保存的令牌会保留在钥匙串中，除非你输入新的令牌。</translation>
    </message>
    <message>
        <source>Enter the %1 for %2, or go back and untick it.</source>
        <translation>%2 需要“%1”。请输入，或返回并取消勾选。</translation>
    </message>
    <message>
        <source>Not needed: no chosen server asks for a key</source>
        <translation>无需填写：所选服务器都不需要密钥</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation>创建 Harness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — 已登录</translation>
    </message>
    <message>
        <source> — asks you to sign in on first use</source>
        <translation> — 首次使用时会要求登录</translation>
    </message>
    <message>
        <source> — key goes to the keychain</source>
        <translation> — 密钥将存入钥匙串</translation>
    </message>
    <message>
        <source>Tools from</source>
        <translation>工具来源</translation>
    </message>
    <message>
        <source>no MCP server</source>
        <translation>无 MCP 服务器</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved. Find it under Drafts in Harnesses to finish it.</source>
        <translation>已保存草稿“%1”。要完成它，请在 Harness 页面的“草稿”中找到它。</translation>
    </message>
    <message>
        <source>Not saved yet (incomplete): %1</source>
        <translation>尚未保存（不完整）：%1</translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; saved.</source>
        <translation>已保存草稿“%1”。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; created.</source>
        <translation>已创建 Harness“%1”。</translation>
    </message>
    <message>
        <source>Harness &quot;%1&quot; saved.</source>
        <translation>已保存 Harness“%1”。</translation>
    </message>
</context>
<context>
    <name>harness::gui::KeychainNotice</name>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>仅在本次会话中保留机密信息</translation>
    </message>
    <message>
        <source>Keys and tokens you enter are kept in memory until you quit. Nothing is written to disk.</source>
        <translation>你输入的密钥和令牌会保存在内存中，直到退出。不会写入磁盘。</translation>
    </message>
    <message>
        <source>No keychain: keys cannot be saved</source>
        <translation>没有钥匙串：无法保存密钥</translation>
    </message>
    <message>
        <source>Keys kept for this session only</source>
        <translation>密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>No keychain is reachable; keys and tokens are forgotten when you quit.</source>
        <translation>无法访问钥匙串；密钥和令牌将在退出时被清除。</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so API keys and tokens cannot be saved safely, and Harness Desktop never writes them in plain text. Start a keychain (GNOME Keyring or KWallet) and restart the app, or keep secrets in memory for this session only.</source>
        <translation>无法访问系统钥匙串，因此无法安全保存 API 密钥和令牌，而 Harness Desktop 绝不会以明文写入它们。请启动钥匙串（GNOME Keyring 或 KWallet）并重启应用，或仅在本次会话中将机密信息保存在内存中。</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is saved to disk, and you will need to enter keys and sign in to tool servers again after restarting. Start a keychain and restart the app to keep them.</source>
        <translation>机密信息仅在本次会话中保存在内存中：不会写入磁盘，重启后需要重新输入密钥并重新登录工具服务器。要保留它们，请启动钥匙串并重启应用。</translation>
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
        <translation>Harness 已创建。打个招呼吧！</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation>转到消息输入框</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation>重新连接到服务器</translation>
    </message>
    <message>
        <source>Tools of the server</source>
        <translation>服务器的工具</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>When the model calls it</source>
        <translation>当模型调用它时</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>复制全部日志</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>This MCP server no longer exists.</source>
        <translation>此 MCP 服务器已不存在。</translation>
    </message>
    <message>
        <source>MCP server %1</source>
        <translation>MCP 服务器 %1</translation>
    </message>
    <message>
        <source>Choices here apply to every harness that uses this server.</source>
        <translation>此处的选择适用于所有使用此服务器的 Harness。</translation>
    </message>
    <message>
        <source>Choices here apply to the harness &quot;%1&quot; only.</source>
        <translation>此处的选择仅适用于 Harness“%1”。</translation>
    </message>
    <message>
        <source>Switched off: enable the server in its settings to use it.</source>
        <translation>已关闭：请在服务器设置中启用它后再使用。</translation>
    </message>
    <message>
        <source>Not running. It starts when a conversation uses it.</source>
        <translation>未运行。有对话使用它时会自动启动。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>协议 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <source>changes things</source>
        <translation>会做出更改</translation>
    </message>
    <message>
        <source>idempotent</source>
        <translation>幂等</translation>
    </message>
    <message>
        <source>reaches outside</source>
        <translation>访问外部</translation>
    </message>
    <message>
        <source>always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Approval for %1</source>
        <translation>%1 的批准</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>%1 is what applies when nothing is chosen for this tool: ask, always allow or never</extracomment>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Could not save the choice: %1</source>
        <translation>无法保存该选择：%1</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edited · hide earlier version</source>
        <extracomment>a message that was edited and sent again; the link shows or hides what it replaced</extracomment>
        <translation>已编辑 · 隐藏早先版本</translation>
    </message>
    <message>
        <source>Edited · show earlier version</source>
        <translation>已编辑 · 显示早先版本</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Earlier version · %1</source>
        <extracomment>a message replaced by an edit, shown on request</extracomment>
        <translation>早先版本 · %1</translation>
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
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: %1 Click to try again.</source>
        <extracomment>a remote image in an answer could not be shown; %1 is the reason</extracomment>
        <translation>⚠ 图片未加载：%1 点击重试。</translation>
    </message>
    <message>
        <source>⚠ Image not loaded: the file could not be read as an image.</source>
        <translation>⚠ 图片未加载：无法将该文件读取为图片。</translation>
    </message>
    <message>
        <source>Stopped. What arrived so far is kept: continue or retry it below.</source>
        <translation>已停止。已收到的内容会保留：可在下方继续或重试。</translation>
    </message>
    <message>
        <source>What you see is kept in memory and saved as soon as the disk allows.</source>
        <translation>您看到的内容保存在内存中，磁盘允许时立即保存。</translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息列表</translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message>
        <source>Harness name</source>
        <translation>Harness 名称</translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation>例如：研究助理</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Search models, e.g. claude, gpt, llama…</source>
        <translation>搜索模型，例如 claude、gpt、llama…</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Fetch the model list from your provider</source>
        <translation>从你的提供商获取模型列表</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Price in / out (1M)</source>
        <extracomment>price per million tokens, input / output</extracomment>
        <translation>价格 输入 / 输出（每百万）</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Pick one above, or type a model id, e.g. anthropic/claude-sonnet-4</source>
        <translation>从上方选择一个，或输入模型 ID，例如 anthropic/claude-sonnet-4</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>模型 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>No model list yet: press Refresh list, or type a model id below.</source>
        <translation>还没有模型列表：请点击“刷新列表”，或在下方输入模型 ID。</translation>
    </message>
    <message>
        <source>No provider is set up yet: type a model id below, and add your provider&apos;s key in Settings.</source>
        <translation>尚未设置提供商：请在下方输入模型 ID，并在“设置”中添加提供商的密钥。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 个令牌的上下文</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens</source>
        <translation>每百万令牌 输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>can call tools</source>
        <translation>可以调用工具</translation>
    </message>
    <message>
        <source>cannot call tools: MCP servers will not be used</source>
        <translation>无法调用工具：将不会使用 MCP 服务器</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s list; it is used as typed.</source>
        <translation>不在提供商的列表中；将按输入内容使用。</translation>
    </message>
    <message>
        <source>Harness web model: %1</source>
        <translation>Harness 网页应用的模型：%1</translation>
    </message>
</context>
<context>
    <name>harness::gui::NetworkSettings</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this device.</source>
        <translation>Harness Desktop 连接提供商、MCP 服务器和同步服务的方式。此设置仅适用于本设备。</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统的代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>已保存在钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <source>Applied: the system&apos;s proxy settings are used.</source>
        <translation>已应用：使用系统的代理设置。</translation>
    </message>
    <message>
        <source>Applied: connections go out directly.</source>
        <translation>已应用：直接连接。</translation>
    </message>
    <message>
        <source>Applied: new connections go through %1:%2.</source>
        <translation>已应用：新连接将通过 %1:%2。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)</source>
        <translation>兼容 OpenAI（OpenAI、Ollama、LM Studio、llama.cpp、vLLM）</translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation>提供商地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>粘贴你的 API 密钥</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Where answers come from. Keys are checked with the provider before they are saved, and are kept in the system keychain, never in a file.</source>
        <translation>回答的来源。密钥在保存前会向提供商验证，并保存在系统钥匙串中，绝不会存入文件。</translation>
    </message>
    <message>
        <source>Saved providers</source>
        <translation>已保存的提供商</translation>
    </message>
    <message>
        <source>Add another…</source>
        <translation>添加其他…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Harnesses without a provider of their own use the default one.</source>
        <translation>没有自己提供商的 Harness 会使用默认提供商。</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>移除所选提供商及其密钥</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>提供商类型</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>不检查直接保存</translation>
    </message>
    <message>
        <source>Save now and use the provider once it can be reached.</source>
        <translation>现在保存，并在可以连接时使用该提供商。</translation>
    </message>
    <message>
        <source>No key yet?</source>
        <translation>还没有密钥？</translation>
    </message>
    <message>
        <source>Connect OpenRouter…</source>
        <translation>连接 OpenRouter…</translation>
    </message>
    <message>
        <source>Connect OpenRouter in the browser</source>
        <translation>在浏览器中连接 OpenRouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter creates a key for this app and hands it over directly.</source>
        <translation>在浏览器中登录 OpenRouter 并批准 Harness Desktop：OpenRouter 会为此应用创建密钥并直接交给它。</translation>
    </message>
    <message>
        <source>Use local Ollama</source>
        <translation>使用本地 Ollama</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>key unavailable</source>
        <translation>密钥不可用</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address of an OpenAI-compatible server.</source>
        <translation>还没有提供商：请粘贴 OpenRouter 密钥、在下方连接 OpenRouter，或输入兼容 OpenAI 的服务器地址。</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Paste a new key to replace the saved one</source>
        <translation>粘贴新密钥以替换已保存的密钥</translation>
    </message>
    <message>
        <source>Enter the server&apos;s full address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>请输入服务器的完整地址，以 http:// 或 https:// 开头，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>Paste your OpenRouter key (it starts with sk-or-), or use &quot;Connect OpenRouter&quot; below.</source>
        <translation>粘贴你的 OpenRouter 密钥（以 sk-or- 开头），或使用下方的“连接 OpenRouter”。</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <translation>正在通过 %1 检查…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 saved. Its key (%2) is in %3.</source>
        <translation>已保存 %1。其密钥（%2）保存在%3中。</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove %1 and delete its key from %2? Harnesses that use it switch to the default provider.</source>
        <translation>移除 %1 并从%2中删除其密钥吗？使用它的 Harness 将改用默认提供商。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 and its key were removed.</source>
        <translation>已移除 %1 及其密钥。</translation>
    </message>
    <message>
        <source>%1 was removed, but the keychain could not be reached to delete its key. If one was saved, delete &quot;%2&quot; from your keychain.</source>
        <translation>已移除 %1，但无法访问钥匙串来删除其密钥。如果曾保存过，请从钥匙串中删除“%2”。</translation>
    </message>
    <message>
        <source>Waiting for you in the browser: sign in to OpenRouter and approve Harness Desktop, then come back here.</source>
        <translation>正在等待你在浏览器中操作：登录 OpenRouter 并批准 Harness Desktop，然后回到这里。</translation>
    </message>
    <message>
        <source>Getting your key from OpenRouter…</source>
        <translation>正在从 OpenRouter 获取你的密钥…</translation>
    </message>
    <message>
        <source>OpenRouter is connected. Its key (%1) is in %2.</source>
        <translation>OpenRouter 已连接。其密钥（%1）保存在%2中。</translation>
    </message>
    <message>
        <source>It has no models yet: run &quot;ollama pull llama3.2&quot; first.</source>
        <translation>它还没有模型：请先运行“ollama pull llama3.2”。</translation>
    </message>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>它有 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ollama is running on this computer and is set up as a provider. %1</source>
        <translation>Ollama 正在这台电脑上运行，并已设为提供商。%1</translation>
    </message>
    <message>
        <source>Ollama is running on this computer. %1</source>
        <translation>Ollama 正在这台电脑上运行。%1</translation>
    </message>
    <message>
        <source>Local Ollama added as a provider (%1). It needs no key.</source>
        <translation>已将本地 Ollama 添加为提供商（%1）。它不需要密钥。</translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>思考了 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>要从这台电脑删除 %n 个对话及其所有消息，以及您的 Harness 和设置吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove data from this computer</source>
        <translation>从这台电脑删除数据</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>删除 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test the server</source>
        <translation>测试服务器</translation>
    </message>
    <message>
        <source>Start the server, connect and list its tools</source>
        <translation>启动服务器、连接并列出其工具</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>已连接到 %1：%n 个工具。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>该服务器</translation>
    </message>
</context>
<context>
    <name>harness::gui::ServersStep</name>
    <message>
        <source>Tools come from MCP servers. Tick the ones this harness may use; select one to see what it needs and to test it.</source>
        <translation>工具来自 MCP 服务器。请勾选此 Harness 可以使用的服务器；选中一个可查看它需要什么并进行测试。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Add custom server…</source>
        <translation>添加自定义服务器…</translation>
    </message>
    <message>
        <source>A local program (stdio) or a remote URL (HTTP) that is not in the list</source>
        <translation>列表中没有的本地程序（stdio）或远程 URL（HTTP）</translation>
    </message>
    <message>
        <source>Import mcpServers file…</source>
        <translation>导入 mcpServers 文件…</translation>
    </message>
    <message>
        <source>Add the servers of a claude_desktop_config.json, .cursor/mcp.json or similar file</source>
        <translation>添加 claude_desktop_config.json、.cursor/mcp.json 或类似文件中的服务器</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Your servers</source>
        <translation>你的服务器</translation>
    </message>
    <message>
        <source>Well-known servers</source>
        <translation>常用服务器</translation>
    </message>
    <message>
        <source>  (sign-in)</source>
        <translation>  （需登录）</translation>
    </message>
    <message>
        <source>  (key)</source>
        <translation>  （需密钥）</translation>
    </message>
    <message>
        <source>No server chosen: the model will answer without tools.</source>
        <translation>未选择服务器：模型将不使用工具作答。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>Select a server to see what it does and what it needs.</source>
        <translation>选择一个服务器，查看它的功能和所需条件。</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>项目主页</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer; the server cannot start until it is. Test shows how to get it.</source>
        <translation>这台电脑上没有安装“%1”；安装之前服务器无法启动。点击“测试”可查看获取方法。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览 %1</translation>
    </message>
    <message>
        <source>Needs you to sign in: you will do that on the next page, where it can be tested too.</source>
        <translation>需要登录：你将在下一页登录，也可以在那里测试。</translation>
    </message>
    <message>
        <source>Needs a key or token: you will enter it on the next page, where it can be tested too.</source>
        <translation>需要密钥或令牌：你将在下一页输入，也可以在那里测试。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No server was added.</source>
        <translation>没有添加任何服务器。</translation>
    </message>
    <message>
        <source>Added and ticked: %1.</source>
        <translation>已添加并勾选：%1。</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>未添加：%1：%2</translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>设置类别</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>harness::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column headers of the keyboard shortcuts table: what the shortcut does, and its keys.</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>搜索对话（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation>Harness</translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation>管理 Harness</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation>没有提到“%1”的对话。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete the conversation: %1</source>
        <translation>无法删除对话：%1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>对话操作</translation>
    </message>
    <message>
        <source>Could not pin the conversation: %1</source>
        <translation>无法置顶对话：%1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SignInProgress</name>
    <message>
        <source>Continue in your browser</source>
        <translation>请在浏览器中继续</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your web browser, then come back here. If no page opened, copy this link into your browser:</source>
        <translation>请在 Web 浏览器中打开的页面上登录，然后回到这里。如果没有打开页面，请将此链接复制到浏览器中：</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>正在打开浏览器…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>复制登录链接</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
</context>
<context>
    <name>harness::gui::SkillsStep</name>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Optional: who the model is and how it should answer.</source>
        <translation>可选：模型是谁，以及应如何作答。</translation>
    </message>
    <message>
        <source>e.g. You are a careful research assistant. Cite your sources.</source>
        <translation>例如：你是一名严谨的研究助理。请注明信息来源。</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>新技能</translation>
    </message>
    <message>
        <source>e.g. Explains code step by step</source>
        <translation>例如：逐步讲解代码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>灵感：</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>注明信息来源</translation>
    </message>
    <message>
        <source>Asks before changing files</source>
        <translation>修改文件前先询问</translation>
    </message>
    <message>
        <source>Answers concisely</source>
        <translation>回答简洁</translation>
    </message>
    <message>
        <source>Writes tests for code it changes</source>
        <translation>为修改的代码编写测试</translation>
    </message>
    <message>
        <source>Suggested prompts</source>
        <translation>推荐提示词</translation>
    </message>
    <message>
        <source>Optional: one per line, offered on an empty chat.</source>
        <translation>可选：每行一个，在空白聊天中提供。</translation>
    </message>
    <message>
        <source>Short abilities or rules, each with what it is for, added to the system prompt as a list.</source>
        <translation>简短的能力或规则，各附用途，作为列表添加到系统提示中。</translation>
    </message>
    <message>
        <source>What the new skill is for</source>
        <translation>新技能的用途</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>描述（可选）</translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation>数据库：%1

要使用一个新的空数据库重新开始吗？当前文件会以新名称保留在原位置旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation>无法打开你的对话</translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation>重新开始，保留旧文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation>无法将旧数据库移到一旁：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SuggestionChips</name>
    <message>
        <source>Ask: %1</source>
        <translation>提问：%1</translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message>
        <source>Signing in…</source>
        <extracomment>Status bar: the app is signing in to the Harness account</extracomment>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Local profile</source>
        <extracomment>Status bar: no account, nothing syncs</extracomment>
        <translation>本地配置文件</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Click to sign in and sync.</source>
        <translation>所有内容都保留在这台电脑上。点击以登录并同步。</translation>
    </message>
    <message>
        <source>⚠ Signed out</source>
        <translation>⚠ 已退出登录</translation>
    </message>
    <message>
        <source>%1
Click to sign in again.</source>
        <translation>%1
点击以重新登录。</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ 已同步</translation>
    </message>
    <message>
        <source>Everything is in sync with your account. Click to sync now.</source>
        <translation>所有内容均已与你的账户同步。点击立即同步。</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ 正在同步…</translation>
    </message>
    <message>
        <source>Sending and receiving changes.</source>
        <translation>正在发送和接收更改。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1
Changes are kept and sync when the connection is back. Click to try now.</source>
        <translation>无法连接同步服务：%1
更改已保留，连接恢复后会自动同步。点击立即重试。</translation>
    </message>
    <message>
        <source>⚠ Sync error</source>
        <translation>⚠ 同步错误</translation>
    </message>
    <message>
        <source>%1
Click to try again.</source>
        <translation>%1
点击重试。</translation>
    </message>
    <message>
        <source>Sync waiting</source>
        <translation>同步等待中</translation>
    </message>
    <message>
        <source>Choose what to do with the data on this computer. Click to answer.</source>
        <translation>请选择如何处理这台电脑上的数据。点击以回答。</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同步已关闭</translation>
    </message>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n 项更改等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>同步状态：%1</translation>
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
        <translation>[无法显示的图片]</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <source>[audio: %1]</source>
        <translation>[音频：%1]</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>允许运行此工具吗？</translation>
    </message>
    <message>
        <source>It may delete or overwrite data.</source>
        <translation>它可能会删除或覆盖数据。</translation>
    </message>
    <message>
        <source>It only reads data.</source>
        <translation>它只读取数据。</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>how long a tool call has been running or waiting: minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>how long a tool call has been running or waiting: hours and minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
</context>
<context>
    <name>harness::gui::ToolSettings</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>When a model wants to use a tool of an MCP server. Choices made for a harness, a server or a single tool in the harness manager, and &quot;always&quot; answers to a prompt, come first.</source>
        <translation>当模型想使用 MCP 服务器的工具时。在 Harness 管理器中为某个 Harness、服务器或单个工具所做的选择，以及对询问回答的“始终”，优先生效。</translation>
    </message>
    <message>
        <source>Allow read-only tools automatically, ask for the others</source>
        <translation>自动允许只读工具，其他工具需询问</translation>
    </message>
    <message>
        <source>Tools their server marks as read-only run at once; anything that could change something asks first. Recommended.</source>
        <translation>服务器标记为只读的工具会立即运行；任何可能做出更改的操作都会先询问。推荐。</translation>
    </message>
    <message>
        <source>Ask before every tool call</source>
        <translation>每次调用工具前都询问</translation>
    </message>
    <message>
        <source>You approve each call, read-only or not.</source>
        <translation>每次调用都由你批准，无论是否只读。</translation>
    </message>
    <message>
        <source>Run every tool without asking</source>
        <translation>运行所有工具，不再询问</translation>
    </message>
    <message>
        <source>Only for servers you fully trust: a tool may change files, send messages or spend money.</source>
        <translation>仅适用于你完全信任的服务器：工具可能会修改文件、发送消息或花钱。</translation>
    </message>
    <message>
        <source>Never run tools</source>
        <translation>从不运行工具</translation>
    </message>
    <message>
        <source>Models answer without tools, except where you allowed a tool explicitly.</source>
        <translation>除你明确允许的工具外，模型都不使用工具作答。</translation>
    </message>
</context>
<context>
    <name>harness::gui::UndoBar</name>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bring the conversation back</source>
        <translation>恢复该对话</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <extracomment>Shown under the conversation list after a delete, next to the Undo button.</extracomment>
        <translation>已删除“%1”</translation>
    </message>
</context>
<context>
    <name>harness::gui::WelcomePage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation>欢迎使用 Harness Desktop</translation>
    </message>
    <message>
        <source>Chat with AI agents that can use your tools. How would you like to start?</source>
        <translation>与能使用你的工具的 AI 智能体聊天。你想如何开始？</translation>
    </message>
    <message>
        <source>Sign in to Harness</source>
        <translation>登录 Harness</translation>
    </message>
    <message>
        <source>Your harnesses and conversations stay in sync with the Harness web app and your other computers. Sign-in happens in your web browser.</source>
        <translation>你的 Harness 和对话会与 Harness 网页应用及你的其他电脑保持同步。登录在 Web 浏览器中进行。</translation>
    </message>
    <message>
        <source>Use without an account</source>
        <translation>不使用账户</translation>
    </message>
    <message>
        <source>Everything works and stays on this computer; nothing is synced. You can sign in later in Settings.</source>
        <translation>所有功能均可使用，数据保留在这台电脑上，不会同步。你可以稍后在“设置”中登录。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Open the sign-in settings</source>
        <translation>打开登录设置</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation>Harness Desktop：与 LLM 智能体聊天。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the folder chosen with Move data… in Settings, else the platform&apos;s data folder).</source>
        <translation>将对话保存在 DIR 中（默认：$HARNESS_DATA_DIR，否则为在设置中用“移动数据…”选择的文件夹，否则为平台的数据文件夹）。</translation>
    </message>
</context>
</TS>
