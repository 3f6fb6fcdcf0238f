/** A corpus file whose metadata and text are full of markup, so real hits exercise escaping. */
export const markupArticle = [
  '---', 'id: markup', 'title: "<b>标题</b> & <script>alert(1)</script>"', 'newspaper: "A&B <报>"', 'date: 2020-01-02', 'page: "<4>"', '---', '',
  '## 小标题 <i>斜体</i> & *星号*', '',
  '公式 a<b && c>d 在报纸上印作“小于”与“大于”，其中 &amp; 是和号的实体写法，<br> 是换行标签。', '',
  '表情😀与零宽\u200b字符\u200f以及**粗体**和`代码`也出现在正文里。', '',
].join('\n')
