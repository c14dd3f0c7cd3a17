<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>Acerca de annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icono de la aplicación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop versión %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Publicado bajo la Licencia Apache, versión 2.0 (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Sus datos se guardan en: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>Exportar las anotaciones de un proyecto como COCO, YOLO, Pascal VOC o JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Salir de la aplicación</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer la última modificación</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>Rehacer la última modificación deshecha</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;Buscar tarea</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>Buscar en la lista de tareas</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarea &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>Ir a la tarea anterior</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>Tarea &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>Ir a la tarea siguiente</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>Comprobar y entregar esta tarea</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>Omitir esta tarea por ahora</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>&amp;Revisar entregas…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>Revisar una muestra de entregas (responsables de calidad)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>Es&amp;tadísticas del proyecto…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>Recuentos, rendimiento, aceptación y concordancia por proyecto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>Iniciar sesión en un servidor de tareas</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Enviar y recibir ahora</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>&amp;Reservar tareas sin conexión…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>Reservar tareas para trabajar sin conexión</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Ca&amp;ncelar sincronización</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Detener la sincronización en curso</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemas…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>Mostrar los cambios del servidor que no se pudieron aplicar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Mostrar todos los atajos</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>&amp;Acerca de annotator-desktop</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>Elegir la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>Modo de dibujo (se dibuja con dos clics o arrastrando)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>Ajustar la imagen a la vista</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Tamaño real (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>Eliminar cuadros seleccionados</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>Seleccionar todos los cuadros</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>Copiar el cuadro seleccionado</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>Pegar el cuadro copiado</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>Ocultar cuadros (mantener pulsado)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copiar cuadros de la tarea anterior</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Nada que etiquetar en esta imagen</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>Desplazar 1 px a la izquierda</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>Desplazar 1 px a la derecha</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>Desplazar 1 px hacia arriba</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>Desplazar 1 px hacia abajo</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Desplazar 10 px a la izquierda</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Desplazar 10 px a la derecha</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Desplazar 10 px hacia arriba</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Desplazar 10 px hacia abajo</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>Dibujar cuadro</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>Eliminar cuadros</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>Nada que etiquetar</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>Imagen y cuadros</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Nada que etiquetar en esta imagen</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>Modo de dibujo: arrastre, o haga clic en dos esquinas, para dibujar un cuadro. Esc sale del modo.</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>El cuadro %1 tiene tamaño cero.</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>El cuadro %1 está fuera de la imagen.</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>El cuadro %1 no tiene etiqueta.</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>El cuadro %1 tiene una etiqueta que esta tarea no ofrece.</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>Dibuje al menos un cuadro o marque «Nada que etiquetar en esta imagen».</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>«Nada que etiquetar en esta imagen» está marcado, pero hay cuadros.</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>Este resultado no se puede entregar.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Cargando imagen…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>La imagen aún no se ha descargado; aparecerá aquí en cuanto llegue.</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>Esta imagen es demasiado grande para abrirla de forma segura (el límite es de %1 megapíxeles).</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>Este archivo no está en un formato de imagen que la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>El archivo de imagen está dañado o incompleto y no se puede mostrar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>Etiqueta: %1 · %n seleccionado · zoom: %2 % · %3</numerusform>
            <numerusform>Etiqueta: %1 · %n seleccionados · zoom: %2 % · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeBlocks</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this code block (%1). Tab moves to the next code block.</source>
        <translation>Copiar este bloque de código (%1). Tab pasa al siguiente bloque de código.</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>Copiar el bloque de código</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>Copiar bloque de código</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>Preferencia %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>Asignar el puesto %1 a la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>Ir a la escala de preferencia</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>Ir a la justificación</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>Desplazar ambas respuestas a la vez (activar/desactivar)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>Resaltar diferencias (activar/desactivar)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Preferencia:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criterios:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>Por respuesta:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>Justificación: ¿por qué es mejor una (o ambas son malas)?</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>Preferencia entre A y B, teclas 1 a 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>Explique su valoración con sus propias palabras.</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>Aún no se ha elegido ninguna preferencia (teclas 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 caracteres, mínimo %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>Sin preferencia válida</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>Ninguna clasificación válida</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>Todas las valoraciones de esta tarea, una al lado de otra</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>Todas las valoraciones de esta tarea</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>Valoración de %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>El servidor rechazó la última entrega: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>No hay ninguna tarea de comparación cargada.</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>Esta entrega</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>Esta tarea de comparación está dañada y no se puede mostrar; notifíquelo, por favor.</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>Las dos respuestas de esta tarea tienen el mismo identificador; notifique esta tarea, por favor.</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>Elija qué respuesta es mejor, o Empate (teclas 1–7).</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Respuesta %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>La justificación es demasiado corta: %1 de al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>El resultado no es válido: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>No se puede puntuar «%1»: su rango no es válido. Notifique esta tarea, por favor.</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>Puntúe «%1» (de %2 a %3).</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>«%1» debe puntuarse de %2 a %3.</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>Asigne un puesto a cada respuesta (teclas 1–9 o arrastrando); aún sin clasificar: %1.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>Puntúe %1 de %2 a %3; teclas: dígitos, flechas, Supr</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>%1 de la respuesta %2</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Respuesta A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Respuesta B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>Desplazar ambas a la vez</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>Desplazar ambas respuestas a la vez</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>Resaltar diferencias</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>Resaltar dónde difieren las respuestas</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A es mucho mejor</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A es ligeramente mejor</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>Empate: más o menos iguales</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B es ligeramente mejor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B es mucho mejor</translation>
    </message>
    <message>
        <source>A ≫</source>
        <comment>scale point 1: A much better</comment>
        <translation>A ≫</translation>
    </message>
    <message>
        <source>A &gt;</source>
        <comment>scale point 2: A better</comment>
        <translation>A &gt;</translation>
    </message>
    <message>
        <source>A ≳</source>
        <comment>scale point 3: A slightly better</comment>
        <translation>A ≳</translation>
    </message>
    <message>
        <source>Tie</source>
        <comment>scale point 4</comment>
        <translation>Empate</translation>
    </message>
    <message>
        <source>≲ B</source>
        <comment>scale point 5: B slightly better</comment>
        <translation>≲ B</translation>
    </message>
    <message>
        <source>&lt; B</source>
        <comment>scale point 6: B better</comment>
        <translation>&lt; B</translation>
    </message>
    <message>
        <source>≪ B</source>
        <comment>scale point 7: B much better</comment>
        <translation>≪ B</translation>
    </message>
    <message>
        <source>Both responses are bad</source>
        <translation>Ambas respuestas son malas</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>Requiere un experto</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>Contenido dañino</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>No puedo valorarlo</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>Cambiar valoración</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>puesto %1 (empate)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>Clasificación de las respuestas, de mejor a peor</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>Las teclas 1–9 asignan un puesto a la respuesta seleccionada (los puestos iguales son empates); arrastre una respuesta para reordenarla; Supr borra su puesto.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>%1 turn</source>
        <translation>Turno: %1</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>Contraer este turno</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>Expandir este turno</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Turnos anteriores de la conversación</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>Último mensaje del usuario</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>Mostrar los cambios en paralelo</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>Mostrar también el texto sin cambios</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Revertir cambio</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Volver al borrador</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>Cambios respecto al borrador</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>Borrador con eliminaciones</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>Reescritura con inserciones</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 palabras · %3 cambios · distancia de edición %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>formato</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n palabra sin cambios</numerusform>
            <numerusform>%n palabras sin cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>Desplazar cuadro</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>Ocultar cuadro</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>Mostrar cuadro</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>Bloquear cuadro</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>Desbloquear cuadro</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>Cambiar atributo</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Pegar cuadro</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copiar cuadros de la tarea anterior</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>Exportar proyecto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Elija un proyecto</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Proyecto que exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Dónde guardar la exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>Abrir la carpeta de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (un archivo)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (una carpeta de archivos de etiquetas)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (una carpeta de archivos XML)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: todas las entregas (un archivo)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>Pares de preferencia para entrenamiento: prompt, elegida, rechazada (un archivo)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>pares de preferencia</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>Reescrituras para ajuste fino: conversación y respuesta (un archivo)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>datos de ajuste fino</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>Elija un proyecto y un formato para exportar.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 es un archivo; este formato necesita una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>La carpeta %1 no está vacía. ¿Desea exportar en ella? Se reemplazarán los archivos con el mismo nombre.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>Se exportó %1 como %2: %n archivo en %3.</numerusform>
            <numerusform>Se exportó %1 como %2: %n archivos en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>Se exportó %1 como %2 en %3.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportación cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>Este proyecto no se puede exportar en este formato: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>No tiene permiso para escribir en %1; elija otra ubicación.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>La exportación falló de forma inesperada; el registro contiene los detalles.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>La caché aún no está abierta; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Reemplazar esta coincidencia</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Reemplazar todas las coincidencias</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>Mover cuadro</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionar cuadro</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>Directrices</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Directrices</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>Mostrar u ocultar las directrices del proyecto</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>Buscar en las directrices</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>Buscar etiquetas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LabelStudioBanner</name>
    <message>
        <source>This is a Label Studio server: it does not reserve tasks. Someone else may annotate a task you took offline in the meantime; your work is kept and shown as late then.</source>
        <translation>Este es un servidor Label Studio: no reserva tareas. Otra persona puede anotar mientras tanto una tarea que te llevaste sin conexión; tu trabajo se conserva y se muestra entonces como tardío.</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Aviso de Label Studio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>Ocultar este aviso hasta que se reinicie la aplicación</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Descartar el aviso de Label Studio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Sincronizando %1 de %2</translation>
    </message>
    <message>
        <source>Sync is not available in this version.</source>
        <translation>La sincronización no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>&amp;Revisar envíos (no en servidores Label Studio)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>La revisión de calidad no está disponible en servidores Label Studio.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>Tareas y editor</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>Solo los responsables de calidad pueden revisar entregas. Inicie sesión con una cuenta de responsable de calidad.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>&amp;Herramientas del editor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>ObjectList</name>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cuadros</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>Atributos del cuadro seleccionado</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>Ocultar todos los cuadros de esta etiqueta</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Cuadro %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>La caché aún no está abierta; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>No se encontraron imágenes en %1.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>No hay ningún archivo classes.txt en %1.
Escriba las etiquetas, una por línea:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>No se pudo abrir la carpeta: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>Reescrituras de otros anotadores</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>Aún no hay tareas. Inicie sesión en un servidor de tareas (Sincronización ▸ Iniciar sesión…) o abra una carpeta de imágenes (Archivo ▸ Abrir carpeta…).</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>Elija una tarea de la lista para empezar.</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>Editor de tareas</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>Este tipo de tarea aún no tiene editor; se muestra en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>Datos sin procesar de la tarea</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>Las tareas de este tipo no se pueden entregar desde esta versión de la aplicación.</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>Inicie sesión para reservar una muestra de revisión.</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>En este servidor, solo los responsables de calidad pueden revisar entregas.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Requiere cambios</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Task: %1 (%2) · Annotator: %3 · Active time: %4 · Submitted: %5</source>
        <translation>Tarea: %1 (%2) · Anotador: %3 · Tiempo activo: %4 · Entregada: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>También realizada por: %1 (su trabajo se muestra al lado)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Veredicto: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>Revisión de calidad</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Entrega siguiente</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Entrega anterior</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escribir un comentario</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>Mostrar u ocultar la lista de la muestra</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>Nueva muestra…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Cerrar la revisión</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>Entregas de la muestra</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Detalles de la entrega</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>Lista de la muestra y entrega</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>Cargando la muestra guardada en caché…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>Reservando la muestra y sus imágenes…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>No hay entregas en esta muestra.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n entrega lista; recórrala con J y K.</numerusform>
            <numerusform>%n entregas listas; recórralas con J y K.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>No se pudieron descargar algunas imágenes.</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>Aún no se ha reservado ninguna muestra (Ctrl+N para crear una).</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>Proyecto %1 · semilla %2 · %3 de %4 · %5 revisadas</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>Elija un veredicto: A aceptar, C requiere cambios, R rechazar.</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>Veredicto guardado (también sin conexión); se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>Empezar a corregir esta tarea; al entregarla se envía una nueva versión.</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>Estado de la entrega</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>Entregada (versión %1). Solo lectura: elija «Volver a editar» para corregirla.</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>Omitiste esta tarea (%1). Es de solo lectura.</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>Omitiste esta tarea. Es de solo lectura.</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>Corrección: al entregarla se envía la versión %1; las anteriores se conservan.</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Código en línea</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Pegar como texto sin formato</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Revertir cambio</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Volver al borrador</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Comprobar ortografía</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>Borrador del modelo</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Su reescritura</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>Notas para el revisor (opcional)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>La reescritura sigue siendo idéntica al borrador.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>Cambios y otras reescrituras</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>Otros anotadores</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>Los datos de esta tarea no son válidos; no se puede editar.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>La reescritura está vacía.</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>La reescritura es idéntica al borrador: modifíquela o explique en las notas por qué el borrador no necesita cambios.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>Dirección (http o https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>Solo se pueden enlazar direcciones http y https.</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 palabras · %2 caracteres</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>¿Abrir esta dirección en su navegador web?

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>Nueva muestra de revisión</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>Tamaño de la muestra:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Po&amp;rcentaje</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>Muestrear un porcentaje de las entregas</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>Porcentaje de las entregas</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>Muestrear un número de entregas</translation>
    </message>
    <message>
        <source>Number of submissions</source>
        <translation>Número de entregas</translation>
    </message>
    <message>
        <source>&amp;Annotator:</source>
        <translation>&amp;Anotador:</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s submissions</source>
        <translation>Solo las entregas de este anotador</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Cualquier anotador</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>El mismo proyecto, tamaño, anotador y semilla dan la misma muestra. La muestra y sus imágenes se guardan en este equipo para revisarlas sin conexión.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>Reservar la muestra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>Aún no hay proyectos: sincronice una vez con conexión y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>El servidor no pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>El servidor rechazó la entrega: algunos valores no son válidos.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>Su sesión se usó en otro lugar y ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>No tiene permiso para hacer eso en este servidor.</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>El servidor no tiene lo que se ha solicitado.</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>El servidor ya tiene otra entrega con esta clave.</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>Se agotó su tiempo para esta tarea y se asignó a otra persona.</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>El servidor ya tiene una versión más reciente.</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>El servidor restableció su lista de cambios; se vuelve a sincronizar.</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>Es demasiado grande para que el servidor lo acepte.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>El servidor está ocupado. Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>No se pudo reanudar una descarga; se reinicia desde el principio.</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>El servidor redirigió a otra dirección: compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>El servidor tardó demasiado en responder. Su trabajo se conserva y se enviará más tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>El servidor envió una respuesta que esta aplicación no puede usar. Compruebe la dirección del servidor o avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>El servidor envió una respuesta más grande de lo permitido. Compruebe la dirección del servidor o avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>El servidor no deja de enviar cambios; la sincronización se detuvo. Lo recibido se conserva; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>El http sin cifrar solo se usa con este mismo equipo. Use una dirección de servidor https://.</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>Una imagen supera el tamaño permitido y no se descargó.</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>Una imagen llegó dañada; se volverá a descargar en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>El servidor redirigió a %1: compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>El tamaño de la imagen no coincide con el de la imagen de la tarea.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>La reescritura está vacía.</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>Falta el orden en que se mostraron las respuestas.</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>Hay un criterio sin puntuar (%1).</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>Una puntuación está fuera de su escala (%1).</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>La justificación es demasiado corta.</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>El servidor no reconoce uno de los indicadores.</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>Un cuadro tiene un atributo que este proyecto no define (%1).</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>Un atributo de un cuadro tiene un valor que este proyecto no permite (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>Falta un valor obligatorio (%1).</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>No se ha elegido ninguna preferencia.</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>Esta tarea se clasifica, no se juzga en la escala de preferencia.</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>Las respuestas no están clasificadas.</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>Esta tarea se juzga en la escala de preferencia, no se clasifica.</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>No todas las respuestas están clasificadas.</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>Una respuesta está clasificada más de una vez.</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>La clasificación tiene un puesto vacío.</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>La clasificación nombra una respuesta que esta tarea no tiene.</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>Una respuesta está valorada en un criterio que este proyecto no tiene (%1).</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>Una valoración nombra una respuesta que esta tarea no tiene (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Autosave after (ms)</source>
        <translation>Guardado automático tras (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>Tareas a conservar sin conexión</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Elegir un archivo de certificados de CA</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Elegir certificados de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync could not start; working offline.</source>
        <translation>No se pudo iniciar la sincronización; se trabaja sin conexión.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Está en Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>Dónde encontrar el token</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>Introduce tu token de acceso personal.</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Eso no es un token de acceso personal. Cópialo de Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Label Studio rechazó este token. Copia uno vigente de Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>Tarea defectuosa</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Poco clara</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>Fuera de mi especialidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>Algo falla en la propia tarea: falta una imagen, texto cortado</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>La tarea o sus instrucciones no están claras</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>Otra persona con otros conocimientos debería hacer esta tarea</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>Otro motivo: explícalo abajo</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Omitir tarea</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>¿Por qué omites «%1»? Pulsa de 1 a 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>¿Por qué omites esta tarea? Pulsa de 1 a 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>¿Por qué omites esta tarea?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>Explica el motivo (necesario para Otro)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>Motivo (para Otro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>Omitir o cancelar</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>annotator-desktop ya se está ejecutando con esta carpeta de datos (proceso %1).
Cambie a esa ventana o inicie con otra carpeta (--data-dir).
Archivo de bloqueo: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>No se puede escribir en la carpeta de datos %1.
Compruebe sus permisos o inicie con otra carpeta (--data-dir).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>La caché %1 la escribió una versión más reciente de annotator-desktop.
Instale la versión más reciente; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>Otro programa tiene bloqueada la caché %1.
Cierre las demás instancias de annotator-desktop e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>No se puede escribir en la caché %1.
Compruebe los permisos del archivo y de su carpeta, o use --data-dir.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>La caché %1 está dañada y no se pudo abrir. Se ha conservado tal como está.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>No se pudo abrir la caché %1.</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>La caché estaba dañada. Se apartó y se conservó como
%1
Se creó una caché nueva y vacía en %2. Los borradores que solo estaban en el archivo dañado pueden recuperarse de la copia conservada.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>El archivo de configuración %1 lo escribió una versión más reciente de annotator-desktop.
Por ahora se usa la configuración predeterminada; el archivo se conserva sin cambios.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>No se pudo leer el archivo de configuración %1.
Por ahora se usa la configuración predeterminada; el archivo se conserva sin cambios.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Requiere cambios</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>Todas las valoraciones de una tarea</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Esta tarea no está en la caché.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1 % (%2 de %3; intervalo del 95 %: %4–%5 %)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>De los pares valorados cuyas dos respuestas difieren en un indicio, la proporción que eligió la respuesta mostrada primero, la más larga y la de más formato (encabezados, listas, negrita, emoji). Un anotador sin sesgo estaría cerca del 50 %; ⚠ marca una proporción cuyo intervalo del 95 % excluye el 50 %. Los empates y los pares omitidos no se cuentan.</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>Auditoría de sesgo por anotador</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>Eligió la mostrada primero</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>Eligió la más larga</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>Eligió la de más formato</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Todos los anotadores</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>El intervalo del 95 % excluye el 50 %: sesgo probable.</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tareas con más discrepancia</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>Leer las valoraciones…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>Leer todas las valoraciones de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>Discrepancia: con qué frecuencia dos anotadores valoraron de forma distinta un par de respuestas (0: todos coinciden; 1: siempre opuestos). Las discrepancias se conservan; nunca se resuelven por votación.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>Estadísticas del proyecto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Actualizar las estadísticas</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>Recuentos por estado</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>Veredictos por anotador</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>Cifras por anotador</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>Por anotador</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>Sesgo de posición, longitud y formato</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tareas con más discrepancia</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>Requieren cambios / rechazadas</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>Aún no hay ningún proyecto en la caché.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>No task skipped.</source>
        <translation>Ninguna tarea omitida.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>Cifras del servidor, para todos los anotadores del proyecto.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede acceder al servidor.</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>Solo los responsables de calidad reciben las cifras del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>No se pudieron cargar las cifras del servidor.</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>Calculado en este equipo a partir de las entregas en caché. %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>Tareas realizadas por dos o más anotadores</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>Concordancia de cuadros (F1 con emparejamiento por IoU, 1 = cuadros idénticos)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>Concordancia de preferencias (alfa de Krippendorff)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>Distancia entre reescrituras (ediciones normalizadas, 0 = idénticas)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>Tiempo activo en esta tarea</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>Sesión no iniciada (sin conexión)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n por enviar</numerusform>
            <numerusform>%n por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Activo: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: %2 terminadas, %3 pendientes · Hoy: %4 entregadas, %5 de tiempo activo</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>¿Eliminar también de este equipo las tareas descargadas?</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>Se perderían los borradores y las entregas aún no enviados. Consérvelos para mayor seguridad.</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>Se vació la caché.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tarea reservada para trabajar sin conexión.</numerusform>
            <numerusform>%n tareas reservadas para trabajar sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>No hay ningún almacén seguro de contraseñas: la sesión solo se mantendrá hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>Sincronizado. Enviados: %1; cambios recibidos: %2; pendientes: %3.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>No se puede acceder al servidor. Su trabajo se conserva y se enviará más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>Introduzca la dirección del servidor, su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>El servidor está ocupado. Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>No tiene permiso para hacer eso en este servidor.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>El servidor no reconoce esta dirección. Compruebe la URL.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>El servidor respondió con un error (%1).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Cambios apartados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>%n cambio del servidor no se pudo aplicar y se apartó. Todo lo demás se sincronizó. Avise al administrador del servidor si esto persiste.</numerusform>
            <numerusform>%n cambios del servidor no se pudieron aplicar y se apartaron. Todo lo demás se sincronizó. Avise al administrador del servidor si esto persiste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>Sin problemas: se aplicaron todos los cambios del servidor.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>Reservar tareas sin conexión</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>Leyendo proyectos…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>Aún no hay proyectos. Inicie sesión y sincronice primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>%n tarea ya disponible sin conexión</numerusform>
            <numerusform>%n tareas ya disponibles sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>Número de tareas para %1</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>Reservar tareas de %1 para trabajar sin conexión</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>Reservando tareas…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tarea reservada para trabajar sin conexión.</numerusform>
            <numerusform>%n tareas reservadas para trabajar sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>Sin conexión: podrá reservar tareas cuando el servidor esté accesible.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>Filtrar por proyecto</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Requiere cambios</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>Fuera de plazo o en conflicto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 de %2 tareas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cuadros</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescritura</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>La tarea %1 ya no está en la caché.</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>No se pudo mostrar esta tarea.</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>No se pudo abrir la tarea: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>Esta tarea se revisó y está cerrada; no se puede modificar.</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>No se pudo guardar la entrega: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>Guardada como terminada en este proyecto de carpeta.</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>Entregada. Se enviará en cuanto responda el servidor.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>No está lista para entregar</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>Corrija lo siguiente antes de entregar:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>Esta tarea está cerrada o enviada; no se puede omitir.</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>No se pudo guardar la omisión: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>Omitida. El motivo se envía en cuanto responda el servidor.</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>Omitida. El motivo se guarda en este proyecto de carpeta.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>Aceptada por control de calidad</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>Cambios solicitados por control de calidad</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>Rechazada por control de calidad</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>un responsable de calidad</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Veredicto anterior: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>Su asignación temporal de esta tarea terminó con trabajo sin enviar. Entréguela; el servidor la registrará como fuera de plazo.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>La asignación temporal termina el %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>Veredicto de calidad</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>Ocultar el veredicto por ahora</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>Ocultar el veredicto de calidad</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Comentario del revisor</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Veredicto anterior: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Revisada por %1 el %2</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Revisada por %1</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(Sin comentario)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>Su entrega corregida está pendiente de revisión.</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>Corrija la tarea y vuelva a entregarla.</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>Esta tarea está cerrada; se abre en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>Comentario para el anotador</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Aceptar (A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>Aceptar esta entrega</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>Requiere &amp;cambios (C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>Pedir al anotador que corrija esta entrega</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>&amp;Rechazar (R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>Rechazar esta entrega</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>¿Qué debe cambiar? Escríbalo y pulse Intro (Esc cancela)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>¿Por qué se rechaza? Escríbalo y pulse Intro (Esc cancela)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>Comentario (opcional al aceptar; / para escribir, Esc para salir)</translation>
    </message>
</context>
</TS>
