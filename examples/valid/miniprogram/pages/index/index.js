Page({
  data: { title: 'index' },
});
