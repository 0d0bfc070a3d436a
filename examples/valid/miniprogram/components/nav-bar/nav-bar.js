Component({
  properties: { title: String, item: Object },
});
