// Starts Swagger UI on the spec this service serves; kept out of the page so
// the docs can run under a Content-Security-Policy without inline scripts.
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: root.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true });
});
