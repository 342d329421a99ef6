test('browser smoke', () => {
  document.cookie = 'a=1; Path=/';
  expect(document.cookie).toContain('a=1');
  expect(navigator.userAgent).toContain('Chrome');
});
