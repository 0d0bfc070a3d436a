Page({
  data: { title: 'profile' },
});
