# The service guide (办事指南, 六公开) from the catalogue, as Markdown and as one HTML page.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall item guide SC02
| # 办事指南：食品经营许可（SC02）
| 
| ## 一、办理内容
| 
- 事项：食品经营许可
- 内容：从事食品销售和餐饮服务活动的食品经营许可
- 设定依据：《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》
- 办件类型：承诺件
| 
| ## 二、办理流程
| 
1. 申请人提交材料
2. 窗口受理，材料不全的一次性告知
3. 审查材料，必要时现场核查
4. 作出许可决定
5. 送达许可证
| 
| ## 三、办理时限
| 
- 承诺时限：10个工作日
- 法定时限：20个工作日
- 时限自材料齐全之日起计算（补办件自补齐材料之日起）
| 
| ## 四、收费标准及依据
| 
- 收费标准：不收费
- 收费依据：《中华人民共和国行政许可法》第五十八条：实施行政许可不得收取任何费用
| 
| ## 五、申请材料
| 
1. 食品经营许可申请书（主件）
2. 营业执照复印件
3. 食品安全管理制度
4. 经营场所平面图
| 
| ## 六、办理窗口
| 
- W01 市场监管窗口
- 进驻单位：县市场监督管理局
| 
| ## 七、监督投诉
| 
- 县政务服务中心督查室（大厅一楼服务台），或拨打 12345 政务服务便民热线
$ hall --lang en item guide SC01
| # Service guide: 个体工商户设立登记（SC01）
| 
| ## 1. What it is
| 
- Item: 个体工商户设立登记
- Content: 个体工商户的设立登记，核发营业执照
- Legal basis: 《促进个体工商户发展条例》；《市场主体登记管理条例》第三条
- Kind: instant
| 
| ## 2. Procedure
| 
1. 申请人提交材料
2. 窗口审查材料，当场作出登记决定
3. 核发营业执照
| 
| ## 3. Time limits
| 
- Promised: on the spot or the same day, when the materials are complete
- Statutory: (not published)
- Counted from the day the materials are complete
| 
| ## 4. Fees and their basis
| 
- Fee: 不收费
- Basis: 《市场主体登记管理条例》：登记机关办理登记不收取费用
| 
| ## 5. Materials
| 
1. 经营者身份证明 (main document)
2. 经营场所使用证明
| 
| ## 6. Window
| 
- W01 市场监管窗口
- Unit: 县市场监督管理局
| 
| ## 7. How to complain
| 
- 县政务服务中心督查室（大厅一楼服务台），或拨打 12345 政务服务便民热线
$ hall item guide ZR02 --format html
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>办事指南：采矿权新立登记（ZR02）</title>
<style>body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:46em;line-height:1.6;color:#111}h1{font-size:1.5em;border-bottom:2px solid #a00;padding-bottom:.3em}h2{font-size:1.1em;margin-top:1.2em;color:#a00}ul,ol{margin:.2em 0 .2em 1.5em;padding:0}section.guide{page-break-after:always}section.guide:last-child{page-break-after:auto}@page{size:A4;margin:18mm}@media print{body{margin:0;max-width:none}}</style>
</head>
<body>
<section class="guide" id="ZR02">
<h1>办事指南：采矿权新立登记（ZR02）</h1>
<h2>一、办理内容</h2>
<ul>
<li>事项：采矿权新立登记</li>
<li>内容：（未公布）</li>
<li>设定依据：（未公布）</li>
<li>办件类型：上报件</li>
</ul>
<h2>二、办理流程</h2>
<ul>
<li>（未公布）</li>
</ul>
<h2>三、办理时限</h2>
<ul>
<li>承诺时限：5个工作日</li>
<li>法定时限：40个工作日</li>
<li>上报时限：5个工作日，报市自然资源和规划局审批</li>
<li>时限自材料齐全之日起计算（补办件自补齐材料之日起）</li>
</ul>
<h2>四、收费标准及依据</h2>
<ul>
<li>收费标准：（未公布）</li>
<li>收费依据：（未公布）</li>
</ul>
<h2>五、申请材料</h2>
<ol>
<li>采矿权申请登记书（主件）</li>
<li>矿产资源开发利用方案</li>
<li>矿山地质环境保护与土地复垦方案</li>
</ol>
<h2>六、办理窗口</h2>
<ul>
<li>W03 自然资源窗口</li>
<li>进驻单位：县自然资源局</li>
</ul>
<h2>七、监督投诉</h2>
<ul>
<li>（未公布）</li>
</ul>
</section>
</body>
</html>
$ hall item guide SC01 --format html --out guide.html
已写入 guide.html
$ hall item guide --all --out all.md
已写入 all.md
$ sql SELECT code, fee, complaint <> '' FROM item WHERE fee <> '' ORDER BY code
SC01|不收费|1
SC02|不收费|1
# One of ITEM or --all; md or html only.
$ hall item guide
! hall: hall item guide 需要一个事项代码或 --all（二者取一）
? 2
$ hall item guide SC01 --all
! hall: hall item guide 需要一个事项代码或 --all（二者取一）
? 2
$ hall item guide SC01 --format pdf
! hall: --format：“pdf”不在可选值 md, html 之中；用 hall item guide --help 查看用法
? 2
$ hall item guide NOPE
! hall: 没有事项 NOPE；用 hall item list 查看
? 1
$ hall item guide SC01 --json
! hall: hall item guide 输出 md 或 html，不输出 JSON；用 hall item show --json
? 2
