Page({
  data: { title: 'list' },
});
