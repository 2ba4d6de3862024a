/**
 * Markup that tries to run script or break out of its row. Every vector that
 * runs sets `window.__xss` in the frame it runs in; `parent` of an inner
 * frame is the app itself.
 */
export const XSS_VECTORS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<a href="javascript:window.__xss=1">link</a>',
  '<a href="&#106;avascript:window.__xss=1">entity link</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<details open ontoggle="window.__xss=1">details</details>',
  '<input autofocus onfocus="window.__xss=1">',
  '<svg><animate onbegin="window.__xss=1" attributeName="x" dur="1s"></animate></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">svg link</text></a></svg>',
  '<video><source onerror="window.__xss=1"></video>',
  '<body onload="window.__xss=1">body</body>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//"><a href="x">based link</a>',
  '<div style="width: expression(window.__xss=1)">css expression</div>',
  '<style>@import "javascript:window.__xss=1";</style>style',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<img src=x onerror=&#x77;indow.__xss=1>',
  '<div style="position:fixed;inset:0;z-index:9;background:red">overlay</div>',
  '<b style="display:block;width:5000px;height:3000px">huge</b>',
  '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 width=%229999%22 height=%229999%22/>">',
]
