# Chinese (Simplified).

heading-default = 新闻
loading = 正在加载新闻…
loaded = { $count ->
   *[other] { $count }条新闻
}
empty = 暂无新闻。
retry = 重试
error-network = 无法加载新闻：无法连接新闻服务器。请检查网络连接后重试。
error-timeout = 无法加载新闻：新闻服务器响应超时。
error-status = 无法加载新闻：新闻服务器返回错误 { $status }。
error-format = 无法显示新闻：新闻源已损坏或格式无法识别。
error-nothing-showable = 无法显示新闻：新闻源中没有任何一条新闻有标题、正文或链接。
error-too-large = 无法显示新闻：新闻源过大，本新闻栏无法读取。
error-no-feed = 此新闻栏目尚未设置：缺少新闻源地址。
authors = { $count ->
   *[other] 作者
}
tags = 标签
updated = 更新于{ $date }
all-news = 全部新闻

vi-toggle = 视障人士版
vi-panel = 视障辅助设置
font-size = 字号
font-smaller = 减小字号
font-larger = 增大字号
scheme = 配色方案
scheme-default = 网站配色
scheme-white = 白底黑字
scheme-black = 黑底白字
scheme-blue = 浅蓝底深蓝字
scheme-brown = 米色底棕字
scheme-green = 深棕底绿字
images = 图片
images-show = 显示
images-grayscale = 黑白
images-hide = 隐藏
letter-spacing = 字间距
line-spacing = 行间距
spacing-normal = 正常
spacing-medium = 中等
spacing-large = 大
font = 字体
font-default = 网站字体
font-sans = 无衬线
font-serif = 衬线
reset = 重置设置
close = 关闭
announce-change = { $setting }：{ $value }
announce-reset = 设置已重置
read-aloud = 朗读
read-stop = 停止朗读
read-pause = 暂停
read-resume = 继续朗读

error-offline = 网络未连接。网络恢复后将自动加载新闻。
error-cors = 无法加载新闻：新闻服务器不允许本网站读取其新闻源。
saved-notice = 无法更新新闻。正在显示{ $date }保存的新闻。
feeds-partial = 部分新闻无法更新：{ $feeds }。其余新闻为最新。
show-more = 显示更多新闻
new-items = { $count ->
   *[other] 新增{ $count }条新闻
}
updates-pause = 暂停更新
updates-resume = 继续更新
attachments = 附件
untitled = 无标题新闻
