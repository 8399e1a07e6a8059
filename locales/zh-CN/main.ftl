## Shell
app-name = Accredit-IO
app-tagline = 介入肿瘤学认证
nav-skip-to-content = 跳至主要内容
nav-primary-label = 主导航
nav-home = 首页
language-switcher-label = 语言
language-switcher-apply = 切换语言
footer-about = Accredit-IO 负责运行介入肿瘤学服务的认证项目，从注册到卓越中心。
footer-demo-notice = 演示安装：此处显示的标准和数据均为示例，并非授权版本。

## Home page
home-page-title = 首页
home-title = 从注册到卓越中心
home-intro = Accredit-IO 引导介入肿瘤学服务完成三个阶段的质量之路。您的团队与评审员在同一个应用中工作，可在线或离线使用，支持九种语言。
home-pathway-heading = 认证路径
home-stage-step = 第 { $number } 阶段
home-stage-enrolled-title = 注册中心
home-stage-enrolled-body = 注册您的机构，确认每年至少开展 150 例介入肿瘤治疗操作，并支付注册费用发票。之后您的团队即可开始填写申请。
home-stage-accredited-title = 认证中心
home-stage-accredited-body = 回答关于 13 项质量保证标准的问卷，上传证明材料，并审查随机抽取的 30 个病例。当评审员认定所有核心条目均已达标时，您的服务将获得为期四年的认证。
home-stage-excellence-title = 卓越中心
home-stage-excellence-body = 认证到期前六个月开放再认证。满足所有核心条目和所有扩展条目的服务将成为卓越中心。
home-how-heading = 申请如何进行
home-how-any-order = 可按任意顺序回答问题；每个答案都会在输入时自动保存。
home-how-offline = 网络中断时仍可继续工作：答案保存在您的设备上，恢复联网后自动发送。
home-how-summary = 摘要会显示在授权代表提交之前仍需处理的事项。
home-how-assessors = 评审员审阅同一份申请，可针对单个条目提出询问并记录其决定。

## Not found
not-found-title = 未找到页面
not-found-back = 返回首页

## Errors
error-unauthorized = 请登录后继续。
error-forbidden = 您无权执行此操作。
error-not-found = 您请求的页面或记录不存在。
error-validation = 部分字段需要您处理。
error-conflict = 在此期间其他人修改了此内容。请比较两个版本并选择要保留的版本。
error-internal = 我们这边出现了错误。请重试；如果问题仍然存在，请提供参考编号 { $reference }。
error-internal-no-ref = 我们这边出现了错误。请重试。
error-network = 无法连接到服务器。请检查网络连接后重试。
error-field-required = 此字段为必填项。
error-field-malformed = 无法读取请求。请刷新页面后重试。

## Account field errors (app/src/accounts.rs)
error-email-invalid = 请输入有效的电子邮件地址，例如 name@hospital.org。
error-email-taken = 该电子邮件地址已注册账户。请直接登录或重置密码。
error-password-too-short = 密码至少需要 { $min } 个字符。
error-password-too-long = 密码最多 { $max } 个字符。
error-name-too-long = 名称过长。

## Sign-in
error-too-many-attempts = 尝试次数过多。请等待 15 分钟后重试。
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-signed-in-as = 当前用户：{ $name }
sign-in-page-title = 登录
sign-in-heading = 登录 Accredit-IO
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-submit = 登录
sign-in-error-credentials = 电子邮件地址或密码不正确。
sign-in-welcome = 欢迎，{ $name }。
