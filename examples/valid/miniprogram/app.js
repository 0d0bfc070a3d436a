App({
  onLaunch() {
    console.log('example mini program started');
  },
});
