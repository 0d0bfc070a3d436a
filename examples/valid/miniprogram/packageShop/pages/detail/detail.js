Page({
  data: { title: 'detail' },
});
