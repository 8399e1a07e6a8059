## Shell
app-name = Accredit-IO
app-tagline = 介入肿瘤学认证
nav-skip-to-content = 跳至主要内容
nav-primary-label = 主导航
nav-home = 首页
nav-register = 注册机构
nav-my-facilities = 我的机构
nav-admin = 管理
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
error-field-control-characters = 请删除此字段中的换行符和不可见的控制字符。

## Sign-in
error-too-many-attempts = 尝试次数过多。请等待 15 分钟后重试。
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-signed-in-as = 当前用户：{ $name }
nav-sign-out-unsent = { $count ->
   *[other] 有 { $count } 项更改（回答、病例表或回复）尚未送达服务器。它们仅保存在此设备上，退出登录时将被删除。
}
nav-sign-out-anyway = 退出并删除
nav-stay-signed-in = 保持登录
sign-in-page-title = 登录
sign-in-heading = 登录 Accredit-IO
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-submit = 登录
sign-in-error-credentials = 电子邮件地址或密码不正确。
sign-in-welcome = 欢迎，{ $name }。
sign-in-error-unconfirmed = 请先确认您的电子邮件地址：点击我们发送给您的邮件中的链接。
sign-in-error-disabled = 此账户已被项目办公室停用。请联系办公室。
sign-in-forgot-password = 忘记密码？
sign-in-create-account = 创建账户以加入机构

## Field errors of the registration and other forms
error-text-too-long = 文本过长。
error-number-invalid = 请输入整数，例如 240。
error-number-too-large = 数字过大，请核对。
error-date-invalid = 请输入有效日期。
error-link-invalid = 此链接无效：可能已被使用、已过期或复制不完整。请申请新的链接。

## Facility registration
register-page-title = 注册机构
register-heading = 注册您的机构
register-intro = 注册是迈向认证的第一步。您将成为该机构的主账户持有人；您的同事稍后可使用我们发送给您的机构代码加入。
register-done-heading = 请查收电子邮件
register-done-body = 我们已向您发送一封电子邮件，其中包含激活机构的链接和您的机构代码。在您点击该链接之前，不会进行任何后续操作。
register-section-facility = 机构
register-facility-name = 机构或服务名称
register-institution = 医院或单位
register-department = 科室
register-address = 地址
register-country = 国家/地区
register-section-eligibility = 资格条件
register-procedures = 每年介入肿瘤治疗操作例数
register-procedures-hint = 每年至少需要 { $minimum } 例。
register-approver-name = 批准注册的科室主任或医院院长姓名
register-approver-email = 其电子邮件地址
register-approval-date = 批准日期
register-approval-confirmed = 我确认科室主任或医院院长已批准本次注册。
register-section-account = 您的账户
register-account-hint = 您将成为主账户持有人：负责审批申请加入的同事，并指定机构角色的人选。
register-your-name = 您的姓名
register-your-email = 您的电子邮件地址
register-password = 密码
register-password-hint = 至少 { $min } 个字符。
register-section-roles = 机构角色
register-roles-hint = 如由您本人担任某一角色，请将该字段留空（替补联系人为可选项）。机构激活后，您通过电子邮件指定的人员将收到附有机构代码的邀请。
register-ar-email = 授权代表（电子邮件）
register-contact-email = 指定联系人（电子邮件）
register-substitute-email = 替补联系人（电子邮件）
register-submit = 注册机构
register-error-procedures-below-minimum = 认证要求每年至少开展 { $minimum } 例介入肿瘤治疗操作。
register-error-approval-in-future = 批准日期不能晚于今天。
register-error-approval-too-old = 批准日期必须在最近两年内。
register-error-approval-not-confirmed = 请确认本次注册已获批准。
register-error-facility-exists = 该机构已注册。请向其主账户持有人索取机构代码并加入该机构。

## Activation and email confirmation
activate-page-title = 激活机构
activate-heading = 激活您的机构
activate-intro = 激活将确认您的电子邮件地址，并开启机构的注册程序。
activate-submit = 立即激活
activate-done = { $facility } 已激活。其注册费用发票现已开具，待支付。
activate-sign-in = 登录
confirm-email-page-title = 确认电子邮件地址
confirm-email-heading = 确认您的电子邮件地址
confirm-email-submit = 确认电子邮件地址
confirm-email-done = 您的电子邮件地址已确认。现在可以登录了。

## Accounts
sign-up-page-title = 创建账户
sign-up-heading = 创建账户
sign-up-intro = 创建账户以加入已注册的机构。您需要该机构的机构代码。
sign-up-submit = 创建账户
sign-up-done = 我们已向您发送一封电子邮件，其中包含确认地址的链接。
sign-up-register-instead = 要注册新机构？请改用机构注册。
forgot-password-page-title = 忘记密码
forgot-password-heading = 重置密码
forgot-password-intro = 请输入您账户的电子邮件地址，我们将向您发送设置新密码的链接。
forgot-password-submit = 发送链接
forgot-password-done = 如果有账户使用此地址，我们已向其发送链接。该链接一小时内有效。
resend-link-page-title = 重新获取链接
resend-link-heading = 重新获取链接
resend-link-intro = 激活或确认链接已过期或丢失？请输入注册时使用的电子邮箱地址。如果使用该地址的注册或账户仍在等待激活或确认，我们会发送新的链接；之前的链接将失效。
resend-link-submit = 发送新链接
resend-link-done = 如果使用该地址的注册或账户正在等待激活或确认，新的链接已在发送途中。请查看收件箱和垃圾邮件文件夹。
resend-link-ask = 链接已过期或丢失？重新获取链接
registration-error-not-pending = 该机构已激活：没有待处理的注册。
registration-error-reason-required = 请填写原因：它将保存在审计日志中。
admin-registration-resent = 已向注册人发送新的激活链接。
admin-registration-actions = { $facility } 的待处理注册：操作
admin-registration-resend = 重新发送激活链接
admin-registration-activate-reason = 项目办公室代注册人激活的原因（保存在审计日志中）
admin-registration-activate-confirm = 我已通过其他途径确认是谁注册了 { $facility }；项目办公室代其激活
admin-registration-activate = 代注册人激活
admin-registration-delete-reason = 删除该注册的原因（保存在审计日志中）
admin-registration-delete-confirm = 删除 { $facility } 的注册，并释放其名称和电子邮箱地址
admin-registration-delete = 删除注册
reset-password-page-title = 设置新密码
reset-password-heading = 设置新密码
reset-password-submit = 保存新密码
reset-password-done = 您的密码已更改，所有设备均已退出登录。
account-page-title = 您的账户
account-heading = 您的账户
account-change-password = 更改密码
account-current-password = 当前密码
account-new-password = 新密码
account-change-password-submit = 更改密码
account-password-changed = 您的密码已更改。其他设备已退出登录。
account-error-current-password = 当前密码不正确。

## Facilities and joining
facilities-page-title = 我的机构
facilities-heading = 我的机构
facilities-none = 您尚未加入任何机构。
facilities-register-link = 注册机构
join-page-title = 加入机构
join-heading = 加入机构
join-intro = 请输入您从本机构主账户持有人处获得的机构代码。
join-code = 机构代码
join-code-hint = 由十位字母和数字组成，例如 ABCDE-23456。
join-submit = 申请加入
join-done-active = 您现在已是该机构的成员。
join-done-pending = 您的申请已发送，将由主账户持有人审批。
join-need-account = 要加入机构，请先登录或创建账户。
join-error-code-unknown = 没有使用此代码的有效机构。请检查代码后重试。
join-error-already-member = 您已是该机构的成员。

## A facility's page
facility-page-title = 机构
facility-status = 状态
facility-code = 机构代码
facility-code-hint = 同事可使用此代码加入您的机构。
facility-read-only-notice = 您正以项目办公室身份查看此机构：只读。只有该机构的成员可以更改其内容。
facility-roles-heading = 机构角色
facility-role-invited = 已邀请
facility-role-vacant = 未指定
facility-role-assign = 指定
facility-pending-heading = 加入申请
facility-approve = 批准
facility-decline = 拒绝
facility-members-heading = 成员
facility-member-name = 姓名
facility-member-email = 电子邮件地址
facility-member-roles = 角色
facility-member-actions = 操作
facility-remove = 移除
facility-remove-member = 移除 { $name }
facility-history-heading = 状态历史
facility-main-holder = 主账户持有人
facility-error-status-change = 在机构当前状态下无法进行此状态变更。
facility-status-registered = 已登记 – 待激活
facility-status-pending-payment = 已激活 – 待支付注册费
facility-status-enrolled = 注册中心
facility-status-accredited = 认证中心
facility-status-centre-of-excellence = 卓越中心
facility-status-expired = 已过期
facility-status-withdrawn = 已退出
facility-role-authorised-representative = 授权代表
facility-role-contact = 指定联系人
facility-role-substitute = 替补联系人
membership-status-pending = 待审批
membership-status-active = 成员
membership-status-declined = 已拒绝
membership-status-removed = 已移除
members-error-not-pending = 此申请已处理。
members-error-cannot-remove-main-holder = 无法移除主账户持有人。
members-error-not-member = 此人不是该机构的有效成员。
members-error-name-another-ar = 移除此成员前，请先指定另一位授权代表。

## Administration
admin-page-title = 管理
admin-heading = 管理
admin-outbox-link = 邮件发件箱
admin-facilities-heading = 注册申请与机构
admin-facility = 机构
admin-registered-at = 注册时间
admin-users-heading = 账户与全局角色
admin-unconfirmed = 电子邮件未确认
admin-change-access = 更改 { $name } 的角色与访问权限
admin-no-roles = 无
admin-column-access = 角色与访问
admin-column-roles = 角色
admin-disabled = 已停用
admin-grant-role = 授予 { $name } { $role } 角色
admin-revoke-role = 撤销 { $name } 的 { $role } 角色
admin-confirm-enable = 我确认：{ $name } 可以再次登录。
admin-confirm-disable = 我确认：{ $name } 将立即在所有设备上退出登录，在账户重新启用之前无法登录。
admin-enable-account = 重新启用 { $name } 的账户
admin-disable-account = 停用 { $name } 的账户
admin-confirm-revoke = 我确认：{ $name } 失去 { $role } 角色。此更改会记录在审计日志中。
admin-confirm-grant = 我确认：{ $name } 获得 { $role } 角色。此更改会记录在审计日志中。
admin-error-own-admin-role = 您不能移除自己的管理员角色。
admin-error-disable-self = 您不能停用自己的账户。
role-administrator = 管理员
role-assessor = 评审员
role-translator = 译员
outbox-page-title = 邮件发件箱
outbox-heading = 邮件发件箱
outbox-intro = 应用生成的所有电子邮件，按时间由新到旧排列。未配置邮件服务器时，邮件仅投递到此处。
outbox-demonstration = 演示邮件——未投递。未配置邮件服务器（SMTP_URL），这些邮件（包括其中的链接）仅在此显示。
audit-page-title = 审计日志
audit-intro = 项目中的每一项更改、由谁以及何时进行。每条记录都与前一条相链接，因此对日志本身的任何更改都会显现。
audit-filter-facility = 机构
audit-filter-any = 全部
audit-filter-user = 人员（电子邮件地址）
audit-filter-action = 操作开头为
audit-filter-from = 起始日期（UTC）
audit-filter-to = 截止日期（UTC）
audit-filter-apply = 显示记录
audit-filter-reset = 清除筛选
audit-export-csv = 下载 CSV
audit-none = 没有符合此筛选条件的记录。
audit-column-time = 时间（UTC）
audit-column-actor = 操作者
audit-column-action = 操作
audit-column-target = 对象
audit-column-change = 更改
audit-pages = 审计日志分页
audit-newer = 较新的记录
audit-older = 较早的记录
audit-page-number = 第 { $page } 页
outbox-empty = 暂无邮件。
outbox-sent = 已于 { $at } 发送
outbox-failed = 尝试 { $attempts } 次后仍未送达：{ $error }
outbox-not-sent = 未发送

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO — 介入肿瘤学认证。此邮件由系统自动发送。
mail-activation-subject = 在 Accredit-IO 上激活 { $facility }
mail-activation-body =
    尊敬的 { $name }：

    感谢您注册 { $facility }。请在 { $hours } 小时内打开以下链接并点击“立即激活”，以激活该机构：

    { $link }

    您的机构代码是 { $code }。同事可使用此代码加入您的机构；每个申请均由您审批。

    如果您并未进行注册，请忽略此邮件。
mail-confirm-email-subject = 确认您在 Accredit-IO 的电子邮件地址
mail-confirm-email-body =
    尊敬的 { $name }：

    请在 { $hours } 小时内打开以下链接，确认您的电子邮件地址：

    { $link }

    如果您并未创建账户，请忽略此邮件。
mail-password-reset-subject = 重置您的 Accredit-IO 密码
mail-password-reset-body =
    尊敬的 { $name }：

    有人申请重置您账户的密码。如需设置新密码，请在 { $minutes } 分钟内打开以下链接：

    { $link }

    如果这不是您本人的操作，请忽略此邮件；您的密码将保持不变。
mail-sign-up-existing-subject = 有人尝试用您的地址创建 Accredit-IO 账户
mail-sign-up-existing-body =
    { $name }，您好：

    有人请求使用此电子邮件地址创建账户，但该地址已有账户。未创建新账户。

    如果是您本人，请在此登录：{ $sign_in }
    如果您忘记了密码，请在此设置新密码：{ $reset }

    如果不是您本人，请忽略此邮件。
mail-activated-by-office-subject = 项目办公室已激活 { $facility }
mail-activated-by-office-body =
    { $name }，您好：

    项目办公室已代您激活 { $facility }。您的电子邮箱地址视为已确认，现在即可登录：

    { $sign_in }

    如果您忘记了密码，请在此设置新密码：{ $reset }

    注册费发票已在机构页面等候您处理。
mail-role-invitation-subject = 您已被指定为 { $facility } 的 { $role }
mail-role-invitation-body =
    您好：

    { $inviter } 已在 Accredit-IO 上指定您为 { $facility } 的 { $role }。

    如需担任该角色，请登录（或使用此电子邮件地址创建账户），并使用代码 { $code } 加入该机构：

    { $link }
mail-join-requested-subject = { $member } 申请加入 { $facility }
mail-join-requested-body =
    尊敬的 { $name }：

    { $member }（{ $member_email }）已使用机构代码申请加入 { $facility }。请在机构页面上批准或拒绝该申请：

    { $link }
mail-join-pending-subject = 您加入 { $facility } 的申请
mail-join-pending-body =
    尊敬的 { $name }：

    您加入 { $facility } 的申请已发送给该机构的主账户持有人。审批结果确定后，我们会通过电子邮件通知您。
mail-join-approved-subject = 您现已成为 { $facility } 的成员
mail-join-approved-body =
    尊敬的 { $name }：

    您现已成为 Accredit-IO 上 { $facility } 的成员：

    { $link }
mail-join-declined-subject = 您加入 { $facility } 的申请
mail-join-declined-body =
    尊敬的 { $name }：

    您加入 { $facility } 的申请未获批准。如您认为有误，请直接联系该机构。
mail-role-assigned-subject = 您现为 { $facility } 的 { $role }
mail-role-assigned-body =
    尊敬的 { $name }：

    您已在 Accredit-IO 上被指定为 { $facility } 的 { $role }。

## Invoices and payments
invoices-heading = 发票
invoices-none = 暂无发票。
invoice-page-title = 发票
invoice-number = 编号
invoice-kind = 类型
invoice-issued-on = 开具日期
invoice-due-on = 到期日
invoice-total = 合计
invoice-status = 状态
invoice-open = 未付金额
invoice-view = 查看
invoice-back = 返回机构
invoice-print = 打印
invoice-pdf = 下载 PDF
invoice-heading = 发票 { $number }
invoice-credit-note-heading = 贷项通知单 { $number }
invoice-vat-id = 增值税号：{ $id }
invoice-recipient = 收票方
invoice-payment-reference = 付款参考号
invoice-credits = 本贷项通知单冲销发票 { $number }。
invoice-void-reason = 此发票已作废：{ $reason }
invoice-description = 说明
invoice-amount = 金额
invoice-net = 不含税金额
invoice-vat = 增值税 { $rate }
invoice-how-to-pay = 付款方式
invoice-pay-by = 请于 { $due } 前转账支付总额，并注明付款参考号 { $reference }。
invoice-payments = 已收款项
invoice-open-amount = 未付金额：{ $amount }
invoice-line-enrolment-fee = 注册费
invoice-line-annual-fee = 年费，注册年度 { $year }（至 { $until }）
invoice-line-recertification-fee = 再认证费用（现有认证有效期至 { $until }）
invoice-kind-enrolment = 注册
invoice-kind-annual = 年费
invoice-kind-recertification = 再认证
invoice-kind-credit-note = 贷项通知单
invoice-status-open = 未付
invoice-status-paid = 已付
invoice-status-overdue = 逾期
invoice-status-void = 已作废
invoice-status-credit = 贷项通知单
invoice-error-not-voidable = 此发票无法作废：它已作废，或者是贷项通知单。
invoice-error-has-payments = 此发票已有付款记录，无法作废。
payment-amount = 收款金额
payment-date = 收款日期
payment-reference = 银行参考号
payment-error-amount = 金额必须大于零。
payment-error-amount-format = 请输入金额，例如 1500 或 1500.00。
payment-error-overpayment = 该金额超过了发票的未付金额。
payment-error-not-payable = 无法为已作废的发票或贷项通知单登记付款。
payment-error-future-date = 付款日期不能晚于今天。
seal-enrolled = 注册中心
seal-accredited = 认证中心
seal-excellence = 卓越中心
facility-pathway-label = 在认证路径上的位置
admin-invoices-link = 发票
admin-invoices-page-title = 发票
admin-invoices-heading = 发票
admin-filter-all = 全部
admin-filter-year = 年份
admin-filter-apply = 筛选
admin-invoices-total =
    { $count ->
       *[other] { $count } 张发票，{ $total }
    }
admin-record-payment-for = 发票 { $number } 的付款或作废
admin-record-payment = 登记付款
admin-payment-recorded = 付款已登记。
admin-payment-recorded-enrolled = 付款已登记。发票已付清，该机构现已成为注册中心。
admin-void-reason = 作废原因
admin-void-invoice = 作废 { $number } 并开具贷项通知单
admin-invoice-voided = 发票已作废；已开具贷项通知单 { $number }。
mail-invoice-issued-subject = { $facility } 的发票 { $number }
mail-invoice-issued-body =
    尊敬的 { $name }：

    { $facility } 的发票 { $number } 已开具：金额 { $amount }，到期日 { $due }。转账时请注明付款参考号 { $reference }。

    您可以在此查看和打印发票：

    { $link }
mail-invoice-reminder-subject = 提醒：发票 { $number } 待付款
mail-invoice-reminder-body =
    尊敬的 { $name }：

    根据我们的记录，{ $facility } 的发票 { $number } 仍有 { $amount } 未付，到期日为 { $due }。请转账支付，并注明付款参考号 { $reference }。如您已在此期间付款，请忽略此提醒。

    { $link }
mail-facility-enrolled-subject = { $facility } 现已成为注册中心
mail-facility-enrolled-body =
    尊敬的 { $name }：

    感谢您的付款。{ $facility } 现已成为注册中心，您的团队可以开始申请认证。

    { $link }
invoice-pdf-unavailable = 无法在此服务器上生成 PDF（未安装此语言的字体）。请改用发票页面上的“打印”功能。

## Standards editions and answers
admin-editions-link = 标准版本
editions-page-title = 标准版本
editions-heading = 标准版本
editions-title = 版本
editions-id = 标识符
editions-published = 发布日期
editions-items = 条目
editions-item-count = { $items } 个条目，其中 { $core } 个核心条目
editions-demonstration = 演示
editions-import-heading = 导入版本
editions-import-intro = 请粘贴版本文件（TOML 格式，详见 docs/standards-edition.md）。在存储任何内容之前，系统会对其进行完整检查；已导入的版本永远不会更改。
editions-file = 版本文件
editions-import = 检查并导入
editions-imported = 版本 { $id } 已导入，共 { $items } 个条目。
editions-unchanged = 版本 { $id } 此前已以完全相同的内容导入，未作任何更改。
editions-conflict = 标识符为 { $id } 的版本已存在，且内容不同。版本永远不会更改：请为新版本指定其自己的标识符。
editions-syntax = 无法将该文件读取为版本文件：
editions-problems =
    { $count ->
       *[other] 该文件存在 { $count } 个问题，未导入任何内容：
    }
answer-error-explanation-required = 请添加说明。
answer-error-out-of-range = 该数值超出允许范围。
answer-error-date-in-future = 日期不能晚于今天。
answer-error-unknown-option = 请从提供的选项中选择一项。
answer-error-wrong-type = 该答案与问题不匹配。请重新加载页面后再次作答。
attention-unanswered = 尚未回答
attention-core-not-met = 提交申请前，核心条目必须达到要求
attention-invalid = 答案需要更正
attention-evidence-missing = 所需证明材料尚未上传
application-error-not-enrolled = 机构成为注册中心（注册发票已付清）后即可开启申请。
application-error-no-edition = 尚未导入任何标准版本。请联系管理员。
application-error-not-draft = 此申请已提交，无法再修改。
answer-error-unknown-item = 此问题不属于该申请所用的标准版本。

## The questionnaire
application-heading = 认证申请
application-open = 前往申请
application-page-title = 申请
application-index-label = 申请的各项标准
application-demonstration-notice = 这是标准的演示版本：示例问题由我们自行撰写，并非授权标准。
application-read-only-notice = 项目办公室的只读视图：只有该机构的成员可以更改答案、证据和病例审查。
application-summary-heading = 仍需处理的事项
application-core-progress = 已回答的核心条目：{ $answered } / { $total }
application-extended-progress = 已回答的扩展条目：{ $answered } / { $total }（成为卓越中心所必需）
application-ready = 所有条目均已回答，每个核心条目均已达到要求并关联了所需证明材料，病例审查已完成：申请可以提交。
application-not-ready = 申请尚不能提交。所有条目均已回答（扩展条目可回答“尚未达到”）、每个核心条目均已达到要求并关联了所需证明材料、内部病例审查已完成后，即可提交。
application-blocking-count =
    { $count ->
       *[other] 还有 { $count } 项阻止申请提交
    }
application-blocking-case-review = 尚未完成
application-attention-count =
    { $count ->
       *[other] { $count } 个条目需要处理
    }
application-level-core = 核心条目
application-level-extended = 扩展条目
application-progress-heading = 按部分和标准的进度
application-column-standard = 标准
application-guidance = 填写指引
application-evidence-needed = 证明材料：
application-answer = 答案
application-yes = 是
application-no = 否
application-explanation = 说明
application-save-saving = 正在保存…
application-save-saved = 已保存
application-save-conflict = 已被他人修改
application-save-offline = 未保存：无法连接到服务器。恢复联网后请重试。
application-save-on-device = 离线 — 已保存在此设备上
application-page-on-device = 离线 — { $count } 个回答已保存在此设备上，网络恢复后将自动发送。
application-save-signed-out = 已保存在此设备上：请重新登录以发送。
application-conflict-explain = 在此期间，其他人为此条目保存了不同的答案。对方的答案：
application-conflict-keep-mine = 保留我的答案
application-conflict-take-theirs = 采用对方的答案

## The internal case review (app/src/case_review.rs)

case-review-page-title = 内部病例审查
case-review-intro = 请列出您的服务所治疗的介入肿瘤病例的假名化编号，每行一个，或放在 CSV 文件的第一列。系统将从中随机抽取 30 个；随机种子和列表指纹会被保存，以便重现抽取结果。切勿使用姓名、出生日期或住院号。
case-review-references = 病例编号
case-review-csv = 或从 CSV 文件读取病例编号
case-review-draw = 抽取 30 个病例
case-review-redraw = 重新抽取
case-review-redraw-heading = 重新抽取病例（需要说明原因）
case-review-same-as-previous = 与上一个病例相同
case-review-reason = 重新抽取的原因（将记录在日志中）
case-review-drawn = 第 { $number } 次抽取：{ $name } 于 { $date } 从 { $pool } 个编号中抽取了 30 个病例。
case-review-seed = 随机种子 { $seed } · 列表指纹 { $hash }
case-review-reason-given = 填写的原因：{ $reason }
case-review-progress = 已完成 { $done } / { $total } 个病例
case-review-complete = 病例审查已完成。
case-review-back = 返回问卷
case-review-link = 内部病例审查
case-review-status-complete = 内部病例审查：已完成
case-review-status-incomplete = 内部病例审查：尚未完成
case-review-case-complete = 已完成
case-review-case-incomplete = 待完成
case-review-error-too-few = 请至少列出 30 个不同的病例编号。
case-review-error-too-many = 列表过长：最多 20,000 个编号。
case-review-error-reference = 有编号超过 40 个字符或包含控制字符。
case-review-error-reference-identifier = 有编号看起来像姓名、出生日期或身份证件号码。请仅使用假名化编号。
case-review-error-line = 第 { $line } 行：
case-review-error-reason-required = 重新抽取必须填写原因；原因将记录在日志中。
case-review-error-too-many-draws = 病例已抽取五次，已达上限。如果参考编号列表仍有错误，请联系项目办公室。
case-review-error-stale-draw = 在此期间病例已被重新抽取。请重新加载页面。
case-review-error-not-drawn = 此病例不在当前的抽取结果中。
case-procedure-type = 操作类型
case-procedure-ablation = 热消融
case-procedure-tace = 化疗栓塞（TACE）
case-procedure-tare = 放射栓塞（TARE/SIRT）
case-procedure-biopsy = 影像引导下活检
case-procedure-embolisation = 其他栓塞
case-procedure-drainage = 引流
case-procedure-other = 其他
case-procedure-date = 操作日期
case-tumour-board = 已记录肿瘤委员会讨论
case-consent = 已记录知情同意
case-complication-grade = 并发症（CIRSE 分级）
case-grade-none = 无
case-grade = { $grade } 级
case-follow-up = 已记录随访
case-notes = 备注（不得包含姓名、出生日期或身份证件号码）
case-missing-procedure-type = 请选择操作类型。
case-missing-procedure-date = 请填写操作日期。
case-missing-tumour-board = 请说明是否已记录肿瘤委员会讨论。
case-missing-consent = 请说明是否已记录知情同意。
case-missing-complication-grade = 请选择并发症分级。
case-missing-follow-up = 请说明是否已记录随访。
case-flag-name = 备注中似乎包含人名。
case-flag-date-of-birth = 备注中似乎包含出生日期。
case-flag-national-id = 备注中似乎包含身份证件号码。
case-flag-contact = 备注中似乎包含联系方式。

## Submission (app/src/db/submissions.rs)

submission-heading = 提交
submission-submit = 提交申请
submission-confirm = 作为授权代表，我确认各项答案和内部病例审查完整且正确。
submission-only-representative = 只有机构的授权代表才能提交申请。
submission-not-ready = 提交前，请回答所有核心条目并完成内部病例审查。
submission-error-not-ready = 申请尚不能提交：有条目未回答，有核心条目未达到要求或缺少所需证明材料，或病例审查尚未完成。
submission-receipt = 由 { $name } 于 { $date } 提交。
submission-hash = 内容指纹（SHA-256）：{ $hash }
submission-read-only = 此申请已提交，无法再修改。
mail-application-submitted-subject = { $facility } 的申请已提交
mail-application-submitted-body =
    尊敬的 { $name }：

    { $facility } 的认证申请已提交，其答案和内部病例审查现已锁定。内容指纹（SHA-256）：

    { $hash }

    IASIOS 办公室将指派评审员。您可以在此跟踪申请进度：

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = 证明材料库
evidence-library-intro = 您的团队为本机构上传的文件。一个文件可同时作为多个条目的证明材料。支持 PDF、图片、办公文档和纯文本文件，每个文件不超过 { $size }；文件类型根据文件内容而非文件名进行检查。
evidence-attach = 添加文件
evidence-upload = 上传
evidence-upload-offline = 没有网络：连接恢复后即可上传文件。您输入的回答仍保存在此设备上。
evidence-from-library = 或从材料库中选择
evidence-link = 关联
evidence-remove = 移除
evidence-none = 尚未上传任何文件。
evidence-uploaded = 文件已上传。
evidence-not-linked = 未关联任何条目
evidence-uploaded-by = { $name }，{ $date }
evidence-column-file = 文件
evidence-column-size = 大小
evidence-column-uploaded = 上传者及日期
evidence-column-items = 所证明的条目
evidence-kind-pdf = PDF
evidence-kind-image = 图片
evidence-kind-document = 文档
evidence-kind-spreadsheet = 电子表格
evidence-kind-presentation = 演示文稿
evidence-kind-text = 文本
evidence-error-type = 不接受此类型的文件。请上传 PDF、图片、办公文档或纯文本文件。
evidence-error-too-large = 文件大小超出上传限制。
evidence-error-empty = 请选择要上传的文件；不接受空文件。
evidence-error-no-file = 此文件不在您机构的证明材料库中。

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = 草稿
application-status-submitted = 已提交 – 等待评审员
application-status-under-assessment = 评审中
application-status-evidence-requested = 评审员要求补充证明材料
application-status-amendments-required = 需要修改
application-status-accredited = 已认证
assessment-clock = 评审计时：{ $days } 天（存在未关闭的询问时暂停计时）
assessment-error-not-assessor = 此人不具有评审员角色。
assessment-error-already-assigned = 该评审员已被指派评审此申请。
assessment-error-already-declared = 此项指派已提交过声明。
assessment-error-not-submitted = 该申请尚未提交。
assessment-error-not-under-assessment = 该申请不在评审中。
assessment-error-open-queries = 请先关闭所有未关闭的询问，再作出决定。
assessment-error-query-closed = 此询问已关闭。
assessment-error-core-not-met = 只有当所有评审员均认定每个核心条目达标时，才能作出“已认证”决定。
assessment-error-case-review = 只有在内部病例审查完成后，才能作出“已认证”决定。
assessment-error-no-items = 请列明需要修改的条目。
assessments-page-title = 评审任务
assessments-intro = 查看申请之前，请声明任何利益冲突。一旦声明存在利益冲突，该指派即告终止，办公室将另行指派其他人。
assessments-none = 目前没有指派给您的申请。
assessments-open = 打开申请
assessments-back = 全部评审任务
workspace-case-forms = 查看病例表
workspace-back = 返回评审
assignment-status-awaiting-declaration = 需要提交利益声明
assignment-status-active = 进行中
assignment-status-conflict = 已声明利益冲突
assignment-conflict-explain = 您已声明存在利益冲突；办公室已收到通知。
declaration-intro = 您与该机构是否存在利益冲突？
declaration-same-institution = 我在同一医院或单位工作，或为其工作。
declaration-same-country = 我在同一国家工作。
declaration-other = 其他原因（如无请留空）
declaration-submit = 提交声明
workspace-page-title = 评审
workspace-answer = 机构的答案：
workspace-no-answer = 未回答
finding-legend = 评定结果
finding-met = 达标
finding-partially-met = 部分达标
finding-not-met = 未达标
finding-not-applicable = 不适用
finding-comment = 对评定结果的说明
query-open = 未关闭的询问
query-closed = 已关闭的询问
query-reply = 回复
query-attach = 从证明材料库中附加文件
query-attached-file = 已附加的证明材料
query-send = 发送
query-close = 关闭询问
query-new = 就此条目向机构提出询问
query-question = 问题或所需证明材料
query-ask = 发起询问
recommendation-heading = 建议
recommendation-outcome = 建议的决定
recommendation-comment = 理由
recommendation-send = 提交建议
decision-accredited = 已认证
decision-amendments-required = 需要修改
decision-heading = 决定
decision-outcome = 决定
decision-items = 需要修改的条目：
decision-comment = 给机构的说明
decision-record = 记录决定
decision-blocked-core = 未被所有评审员认定达标的核心条目：{ $items }
decision-page-title = 决定函
decision-letter-accredited = 该机构已获认证为 IASIOS 认证中心。
decision-letter-amendments = 评审发现了需要修改的条目。仅这些条目重新开放修改；修改完成后，由授权代表重新提交。
decision-open-letter = 阅读决定函
decision-verify-link = 验证证书
decision-none = 尚无决定。
admin-applications-title = 评审中的申请
admin-applications-none = 尚无已提交的申请。
admin-column-facility = 机构
admin-column-status = 状态
admin-column-clock = 计时
admin-column-queries = 未关闭的询问
admin-column-assessors = 评审员
admin-assessors-heading = 评审员
admin-assign-label = 指派评审员
admin-assign = 指派
admin-findings-heading = 当前评审员的评定结果
admin-findings-active = 当前评审员：{ $count } 位
admin-queries-heading = 询问
verify-page-title = 证书验证
verify-state-valid = 有效
verify-state-expired = 已过期
verify-state-withdrawn = 已撤销
verify-state-recertification = 有效 — 再认证评审中
verify-validity = 有效期：{ $from } 至 { $until }
verify-code = 验证代码 { $code }
verify-unknown = 未找到与此验证代码对应的证书。
verify-badge-alt = 显示实时状态的认证徽章
directory-page-title = 中心名录
directory-intro = 持有有效证书的认证中心和卓越中心，以及选择公开列出的注册中心。
directory-search = 搜索
directory-filter-apply = 显示
directory-status = 状态
directory-all = 全部
directory-country = 国家
directory-valid-until = 有效期至
mail-assessor-assigned-subject = 新的评审任务：{ $facility }
mail-assessor-assigned-body =
    尊敬的 { $name }：

    您已被指派评审 { $facility } 的申请。查看申请之前，请在此声明任何利益冲突：

    { $link }
mail-assessor-conflict-subject = { $facility }：评审员已声明利益冲突
mail-assessor-conflict-body =
    尊敬的 { $name }：

    { $assessor } 就 { $facility } 的申请声明了利益冲突。该指派已被冻结；请另行指派一位评审员：

    { $link }
mail-query-opened-subject = 评审员就 { $facility } 的条目 { $item } 提出询问
mail-query-opened-body =
    尊敬的 { $name }：

    { $facility } 的评审员就条目 { $item } 提出了询问。在该询问得到答复并关闭之前，评审计时暂停。请在此回复、附加证明材料或修改该条目：

    { $link }
mail-decision-made-subject = 关于 { $facility } 申请的决定
mail-decision-made-body =
    尊敬的 { $name }：

    关于 { $facility } 申请的决定已记录在案。请在此阅读决定函：

    { $link }
directory-opt-in = 在公开名录中列出本已注册中心
workspace-preview = 预览
admin-overdue-queries = { $count } 个已逾期
admin-workload-heading = 评审员工作量
admin-workload = { $name }：{ $count } 份申请正在评审
certificate-title = 认证证书
certificate-scan = 扫码查看实时状态：
certificate-download = 证书（PDF）
decision-pdf = 决定函（PDF）
snapshot-page-title = 已提交的申请
snapshot-none = 尚未提交任何内容。
snapshot-open = 查看已提交的申请
snapshot-submitted = 已提交
snapshot-submitted-by = 由 { $name } 于 { $when } 提交
snapshot-fingerprint = 指纹（SHA-256）
snapshot-verified = ✓ 与存储的申请一致
snapshot-not-verified = ✗ 与存储的申请不一致——请告知办公室
snapshot-case-review = 内部病例审查
snapshot-case-review-summary = 第 { $draw } 次抽取的 { $cases } 个病例（种子 { $seed }；参考列表的 SHA-256 { $pool }）
snapshot-unanswered = 未回答
export-column-standard = 标准
export-column-item = 条目
export-column-level = 级别
export-column-question = 问题
export-column-answer = 回答
export-column-evidence = 证据文件
export-column-editor = 最后修改人
export-column-changed = 最后修改时间（UTC）
export-heading = 导出回答
export-explain = 每个条目一行，包括其标准、级别、回答、证据文件数量以及最后修改人和时间，便于传阅签批。
export-xlsx = 以电子表格导出回答（XLSX）
export-csv = 以 CSV 导出回答
assessment-over-target = 超过 { $weeks } 周的目标
workspace-progress = 已记录评定结果：{ $done } / { $total } 个条目

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = 手册
manual-page-title = 应用手册
manual-heading = 应用手册
manual-intro = 如何带领您的服务走完认证路径：注册、问卷、证明材料、病例审查、提交、评审和再认证。
manual-contents = 目录
manual-search-label = 搜索手册
manual-search-submit = 搜索
manual-search-placeholder = 例如：离线、病例审查、发票
manual-search-count = { $count ->
   *[other] 找到 { $count } 条结果
}
manual-search-none = 未找到结果。请换一个词试试。
manual-print = 可打印版本（打印或另存为 PDF）
manual-print-button = 打印或另存为 PDF
manual-back = 返回手册
manual-back-to-top = 返回目录
manual-help-link = 手册中关于此标准的帮助

## Translator tools

translate-page-title = 翻译
translate-intro = 逐个文件显示各语言的完成程度，以及哪些消息需要处理。英语为源语言：如果英文文本在译文最后一次确认后发生了变更，该译文即为已过时。
translate-source-directory = 文本从 { $dir } 读取：修改 .ftl 文件后，重新加载页面即可看到更改。
translate-source-embedded = 文本已内置于此服务器中。请编辑 locales/ 下的文件并重新构建；或者运行开发构建，重新加载后即可看到更改。
translate-locale = 语言
translate-file = 文件
translate-progress = 最新
translate-state = 状态
translate-state-current = 最新
translate-state-missing = 缺失
translate-state-stale = 已过时
translate-state-unconfirmed = 未确认
translate-open-heading = { $locale } 待处理项
translate-file-heading = { $locale } 的 { $file }
translate-nothing-open = 此处没有需要处理的内容。
translate-confirm-hint = 更新译文后，请记录该译文与当前英文文本一致：
translate-id = 消息
translate-english = 英文
translate-target = 译文

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = 版本
edition-place-section = 第 { $n } 部分
edition-place-standard = 标准 { $n }
edition-place-item = 条目 { $key }
edition-place-messages = 消息
edition-problem-id = 只能使用字母、数字和 '-'
edition-problem-section-count = 应有 { $expected } 个部分，实际为 { $found } 个
edition-problem-number = 应为 { $expected }，实际为 { $found }
edition-problem-no-standards = 每个部分至少需要一项标准
edition-problem-standard-order = 此处应为标准 { $expected }，实际为 { $found }
edition-problem-no-items = 每项标准至少需要一个条目
edition-problem-letter = 应为 '{ $expected }'（字母按 a、b、c … 连续排列），实际为 '{ $found }'
edition-problem-min-max = 最小值 { $min } 大于最大值 { $max }
edition-problem-max-chars = 必须介于 1 和 { $max } 之间
edition-problem-few-options = 至少需要两个选项
edition-problem-duplicate-option = 有选项重复出现
edition-problem-standard-count = 应为标准 1 至 { $expected }，最后一项为 { $found }
edition-problem-unknown-message = locales/en 中没有此消息

## Withdrawal from the programme (facility dashboard)

withdraw-heading = 退出认证项目
withdraw-explain = 机构将退出认证项目：其证书立即撤销，验证页面将显示为已撤销。退出原因保存在状态历史中。此操作无法在此撤回。
withdraw-reason = 退出原因
withdraw-confirm = 我了解机构及其证书将立即被撤销。
withdraw-submit = 撤销机构
withdraw-error-reason = 请填写退出原因。

## Re-certification cycle (questionnaire, comparison)

attention-carried = 沿用自上一周期 — 请确认或更新
attention-evidence-expired = 关联的证明材料已过期
evidence-expired = 已过期
evidence-column-expires = 有效期至
evidence-error-expiry-date = 请以日期格式输入到期日，或将其留空。
evidence-error-expiry-frozen = 此文件是正在评估中的已提交申请的证据；在作出决定之前，其有效期不能更改。
evidence-error-executable = 可运行程序的文件（脚本、可执行文件、含宏的 Office 文件）不能作为证据。请将文档另存为 PDF 后上传。
recert-heading = 再认证（第 { $cycle } 周期）
recert-carried-note = 沿用自上一周期 — 请确认或更新。
recert-confirm = 按原样确认
recert-all-confirmed = 所有沿用的答案均已确认或更新。
recert-carried-count =
    { $count ->
       *[other] 还有 { $count } 个沿用的答案需要确认或更新。
    }
recert-compare-link = 与上一周期比较
excellence-heading = 卓越中心
excellence-gap =
    { $count ->
       *[other] 还有 { $count } 个扩展条目尚未回答为已达到。
    }
excellence-gap-none = 所有扩展条目均已回答为已达到。
excellence-apply = 在本周期申请卓越中心
excellence-requested = 本机构申请卓越中心。
excellence-not-requested = 本机构不申请卓越中心。
excellence-rule = 当评审员认定所有核心条目和所有扩展条目均达标时，授予卓越中心；否则，只要所有核心条目均达标，该机构将再次获得为期四年的认证。
excellence-error-first-cycle = 只有在再认证时才能申请卓越中心。
changes-page-title = 自上一周期以来的变更
changes-heading = 第 { $cycle } 周期与第 { $previous } 周期的比较
changes-back = 返回申请
changes-summary = 在 { $total } 个已回答的条目中，有 { $changed } 个与上一周期不同。
changes-show-unchanged = 同时显示未变更的条目
changes-column-item = 条目
changes-column-cycle = 第 { $cycle } 周期
changes-column-status = 变更
changes-unchanged = 未变更
changes-changed = 已变更
changes-added = 新答案
changes-removed = 已不再回答

## Annual self-check (facility dashboard, administrators)

self-check-heading = 年度自查
self-check-due = 应于 { $due } 完成的自查现已开放。请确认本服务仍满足各核心条目。
self-check-due-representative = 应于 { $due } 完成的自查现已开放，由授权代表完成。
self-check-attested = 应于 { $due } 完成的自查已于 { $date } 完成。
self-check-changes = 报告的变更：
self-check-staff = 人员配置仍满足核心条目。
self-check-equipment = 设备和设施仍满足核心条目。
self-check-volume = 操作例数仍不少于每年 150 例。
self-check-note = 变更内容
self-check-submit = 完成自查
self-check-error-note = 对于每一项无法确认的内容，请说明发生了哪些变更。
self-check-error-none-open = 本机构目前没有开放的自查。
self-check-column-due = 到期日
self-check-status-open = 待完成
self-check-status-met = 均已确认
self-check-status-changes = 已报告变更
admin-self-checks-link = 自查
admin-self-checks-title = 年度自查
admin-self-checks-none = 尚无到期的自查。

## Workshops

nav-workshops = 工作坊
admin-workshops-link = 工作坊
admin-workshops-title = 安排工作坊
workshops-page-title = 工作坊
workshops-intro = 工作坊帮助团队为认证和再认证做好准备。机构成员可以为自己或同事预订名额。
workshops-feed = 订阅日历（iCalendar）
workshops-none = 目前没有已安排的工作坊。
workshops-back = 全部工作坊
workshops-upcoming = 即将举行的工作坊
workshop-full = 名额已满 — 请加入候补名单
workshop-seats-left =
    { $count ->
       *[other] 剩余 { $count } 个名额
    }
workshop-seats-of = 已预订 { $taken } / { $capacity } 个名额，候补名单上有 { $waiting } 人
workshop-language = 语言
workshop-venue = 地点
workshop-online = 线上
workshop-seats = 名额
workshop-ics = 添加到日历（.ics）
workshop-book = 预订名额
workshop-join-waitlist = 加入候补名单
workshop-for-facility = 所属机构
workshop-attendee = 参加者
workshop-attendee-hint = 您本人的电子邮件地址，或同事的电子邮件地址：对方必须是该机构的成员。
workshop-sign-in = 登录以预订名额
workshop-attendees = 参加者
workshop-your-bookings = 贵机构的预订
workshop-facility = 机构
workshop-booked-by = 预订人
workshop-status = 状态
workshop-waitlist-position = （候补名单第 { $position } 位）
workshop-cancel = 取消
workshop-booking-confirmed = 已预订名额
workshop-booking-waitlisted = 候补中
workshop-booking-cancelled = 已取消
workshop-field-title = 标题
workshop-field-description = 说明
workshop-field-starts = 开始时间（当地时间）
workshop-field-ends = 结束时间（当地时间）
workshop-field-time-zone = 时区（例如 Europe/Vienna）
workshop-field-capacity = 名额
workshop-schedule = 安排工作坊
workshop-scheduled = 工作坊已安排。
workshop-open = 打开工作坊
workshop-error-where = 请填写地点或线上链接，也可两者都填写。
workshop-error-url = 请输入以 https:// 开头的完整线上链接地址。
workshop-error-time = 请输入在此时区中实际存在的日期和时间。
workshop-error-ends-before-start = 结束时间必须晚于开始时间。
workshop-error-capacity = 请输入 1 到 1000 之间的名额数。
workshop-error-time-zone = 请按名称输入时区，例如 Europe/Vienna 或 America/New_York。
workshop-error-not-member = 参加者必须拥有账户，并且是该机构的有效成员。
workshop-error-started = 工作坊已经开始。
workshop-error-already-booked = 此人已预订该工作坊。

## Mail: re-certification, workshops, self-check

mail-recertification-opened-subject = { $facility } 的再认证已开启
mail-recertification-opened-body =
    尊敬的 { $name }：

    感谢您支付再认证发票。{ $facility } 的再认证申请现已开启，并已根据上一周期的答案预先填写：提交前请确认或更新每个答案。

    { $link }
mail-workshop-booked-subject = 已预订名额：{ $title }
mail-workshop-booked-body =
    尊敬的 { $name }：

    您已预订 { $when } 举行的工作坊“{ $title }”的名额。

    { $link }
mail-workshop-waitlisted-subject = 已加入候补名单：{ $title }
mail-workshop-waitlisted-body =
    尊敬的 { $name }：

    { $when } 举行的工作坊“{ $title }”名额已满。您已在候补名单上；有名额空出时，我们会给您发送邮件。

    { $link }
mail-workshop-promoted-subject = 您已获得名额：{ $title }
mail-workshop-promoted-body =
    尊敬的 { $name }：

    有名额空出，现已分配给您：{ $when } 举行的工作坊“{ $title }”。

    { $link }
mail-workshop-reminder-subject = 明天：{ $title }
mail-workshop-reminder-body =
    尊敬的 { $name }：

    提醒您：工作坊“{ $title }”将于 { $when } 举行。

    { $link }
mail-self-check-due-subject = { $facility } 的年度自查
mail-self-check-due-body =
    尊敬的 { $name }：

    { $facility } 的年度自查已于 { $due } 到期。授权代表需在机构页面上确认人员配置、设备和操作例数仍满足核心条目，或说明发生了哪些变更。

    { $link }
decision-letter-excellence = 该机构已获认证为 IASIOS 卓越中心。
application-status-not-accredited = 未获认证
decision-not-accredited = 未获认证
decision-letter-not-accredited = 评审认定该服务尚未达到本项目的认证标准。该机构仍为注册中心。
decision-reasons = 各条目的理由
decision-reasons-hint = 每行一个条目：条目、冒号和理由，例如“3b：肿瘤委员会每月开会一次”。“未获认证”必须填写；选择“需要修改”时，此处列出的条目也会重新开放。
decision-reasons-heading = 各条目的理由
decision-reapply-from = 自 { $date } 起可以开启新的申请。
decision-start-new = 开始新的申请
decision-error-reasons = 无法读取理由：请每行写一个条目，格式为条目、冒号和理由（例如“3b：…”），本版本的每个条目只写一次。
decision-error-no-reasons = “未获认证”的决定须说明理由：请至少写明一个条目及其原因。
decision-error-not-accredited-recertification = 再认证不能被决定为“未获认证”：其证书在有效期结束前仍然有效。请改为要求修改。
application-error-waiting-period = 决定后的等待期结束后方可开启新的申请；日期见决定函。
workshop-online-link-hidden = 已预订席位的人员可在此处看到链接。
