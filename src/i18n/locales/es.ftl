# Spanish.

heading-default = Noticias
loading = Cargando noticias…
loaded = { $count ->
    [one] { $count } noticia
    [many] { $count } noticias
   *[other] { $count } noticias
}
empty = Todavía no hay noticias.
retry = Reintentar
error-network = No se pudieron cargar las noticias: no se puede acceder al servidor de noticias. Compruebe su conexión e inténtelo de nuevo.
error-timeout = No se pudieron cargar las noticias: el servidor de noticias tardó demasiado en responder.
error-status = No se pudieron cargar las noticias: el servidor de noticias respondió con el error { $status }.
error-format = No se pudieron mostrar las noticias: el canal de noticias está dañado o tiene un formato desconocido.
error-nothing-showable = No se pudieron mostrar las noticias: ninguna noticia del canal tiene título, texto ni enlace.
error-too-large = No se pudieron mostrar las noticias: el canal de noticias es demasiado grande para este bloque.
error-no-feed = Este bloque de noticias aún no está configurado: falta la dirección de su canal de noticias.
authors = { $count ->
    [one] Autor
    [many] Autores
   *[other] Autores
}
tags = Etiquetas
updated = actualizado el { $date }
all-news = Todas las noticias

vi-toggle = Versión para personas con baja visión
vi-panel = Ajustes para personas con baja visión
font-size = Tamaño del texto
font-smaller = Reducir el texto
font-larger = Ampliar el texto
scheme = Combinación de colores
scheme-default = Colores del sitio
scheme-white = Negro sobre blanco
scheme-black = Blanco sobre negro
scheme-blue = Azul oscuro sobre azul claro
scheme-brown = Marrón sobre beige
scheme-green = Verde sobre marrón oscuro
images = Imágenes
images-show = Mostrar
images-grayscale = Blanco y negro
images-hide = Ocultar
letter-spacing = Espaciado entre letras
line-spacing = Interlineado
spacing-normal = Normal
spacing-medium = Medio
spacing-large = Grande
font = Fuente
font-default = Fuente del sitio
font-sans = Sin serifa
font-serif = Con serifa
reset = Restablecer ajustes
close = Cerrar
announce-change = { $setting }: { $value }
announce-reset = Ajustes restablecidos
read-aloud = Escuchar
read-stop = Detener la lectura
read-pause = Pausa
read-resume = Reanudar

error-offline = No hay conexión a internet. Las noticias se cargarán cuando se restablezca la conexión.
error-cors = No se pudieron cargar las noticias: el servidor de noticias no permite que este sitio lea su canal de noticias.
saved-notice = No se pudieron actualizar las noticias. Se muestran las noticias guardadas el { $date }.
feeds-partial = No se pudieron actualizar algunas noticias: { $feeds }. El resto está al día.
show-more = Mostrar más noticias
new-items = { $count ->
    [one] { $count } noticia nueva
    [many] { $count } noticias nuevas
   *[other] { $count } noticias nuevas
}
updates-pause = Pausar las actualizaciones
updates-resume = Reanudar las actualizaciones
attachments = Archivos adjuntos
untitled = Noticia sin título
