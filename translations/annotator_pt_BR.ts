<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About annotator-desktop</source>
        <translation>Sobre o annotator-desktop</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Ícone do aplicativo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>annotator-desktop version %1</source>
        <translation>annotator-desktop versão %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Licenciado sob a Apache License, versão 2.0 (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Seus dados ficam em: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Copy the data folder path</source>
        <translation>Copiar o caminho da pasta de dados</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
</context>
<context>
    <name>ActionSet</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir pasta…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir uma pasta de imagens</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations as COCO, YOLO, Pascal VOC or JSON Lines</source>
        <translation>Exportar as anotações de um projeto como COCO, YOLO, Pascal VOC ou JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Alterar as configurações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Sair do aplicativo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Desfazer a última edição</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the last undone edit</source>
        <translation>Refazer a última edição desfeita</translation>
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
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar à janela</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>&amp;Find task</source>
        <translation>&amp;Localizar tarefa</translation>
    </message>
    <message>
        <source>Search the task list</source>
        <translation>Pesquisar na lista de tarefas</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>Tarefa &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous task</source>
        <translation>Ir para a tarefa anterior</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>&amp;Próxima tarefa</translation>
    </message>
    <message>
        <source>Go to the next task</source>
        <translation>Ir para a próxima tarefa</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <source>Check and submit this task</source>
        <translation>Verificar e entregar esta tarefa</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Pu&amp;lar</translation>
    </message>
    <message>
        <source>Skip this task for now</source>
        <translation>Pular esta tarefa por enquanto</translation>
    </message>
    <message>
        <source>&amp;Review submissions…</source>
        <translation>&amp;Revisar entregas…</translation>
    </message>
    <message>
        <source>Spot-check a sample of submissions (QA leads)</source>
        <translation>Revisar uma amostra das entregas (líderes de QA)</translation>
    </message>
    <message>
        <source>Project s&amp;tatistics…</source>
        <translation>Es&amp;tatísticas do projeto…</translation>
    </message>
    <message>
        <source>Counts, throughput, acceptance and agreement per project</source>
        <translation>Contagens, produtividade, aceitação e concordância por projeto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign in to a task server</source>
        <translation>Entrar em um servidor de tarefas</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Enviar e receber agora</translation>
    </message>
    <message>
        <source>&amp;Take tasks offline…</source>
        <translation>Disponibilizar tarefas &amp;offline…</translation>
    </message>
    <message>
        <source>Check out tasks to work on offline</source>
        <translation>Reservar tarefas para trabalhar offline</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronização</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Interromper a sincronização em andamento</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemas…</translation>
    </message>
    <message>
        <source>Show the changes from the server that could not be used</source>
        <translation>Mostrar as alterações do servidor que não puderam ser aplicadas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Mostrar todos os atalhos</translation>
    </message>
    <message>
        <source>&amp;About annotator-desktop</source>
        <translation>&amp;Sobre o annotator-desktop</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Sobre este aplicativo</translation>
    </message>
</context>
<context>
    <name>BBoxActions</name>
    <message>
        <source>Choose label “%1”</source>
        <translation>Escolher o rótulo “%1”</translation>
    </message>
    <message>
        <source>Draw mode (click–click or drag draws)</source>
        <translation>Modo de desenho (desenhe com dois cliques ou arrastando)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit image to view</source>
        <translation>Ajustar imagem à visualização</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>Tamanho real (1:1)</translation>
    </message>
    <message>
        <source>Delete selected boxes</source>
        <translation>Excluir caixas selecionadas</translation>
    </message>
    <message>
        <source>Select all boxes</source>
        <translation>Selecionar todas as caixas</translation>
    </message>
    <message>
        <source>Copy the selected box</source>
        <translation>Copiar a caixa selecionada</translation>
    </message>
    <message>
        <source>Paste the copied box</source>
        <translation>Colar a caixa copiada</translation>
    </message>
    <message>
        <source>Hide boxes (hold)</source>
        <translation>Ocultar caixas (manter pressionado)</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copiar caixas da tarefa anterior</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Nada a rotular nesta imagem</translation>
    </message>
    <message>
        <source>Nudge left 1 px</source>
        <translation>Deslocar 1 px para a esquerda</translation>
    </message>
    <message>
        <source>Nudge right 1 px</source>
        <translation>Deslocar 1 px para a direita</translation>
    </message>
    <message>
        <source>Nudge up 1 px</source>
        <translation>Deslocar 1 px para cima</translation>
    </message>
    <message>
        <source>Nudge down 1 px</source>
        <translation>Deslocar 1 px para baixo</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Deslocar 10 px para a esquerda</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Deslocar 10 px para a direita</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Deslocar 10 px para cima</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Deslocar 10 px para baixo</translation>
    </message>
</context>
<context>
    <name>BBoxCommands</name>
    <message>
        <source>Draw box</source>
        <translation>Desenhar caixa</translation>
    </message>
    <message>
        <source>Delete boxes</source>
        <translation>Excluir caixas</translation>
    </message>
    <message>
        <source>Nothing to label</source>
        <translation>Nada a rotular</translation>
    </message>
</context>
<context>
    <name>BBoxPane</name>
    <message>
        <source>Image and boxes</source>
        <translation>Imagem e caixas</translation>
    </message>
    <message>
        <source>Nothing to label in this image</source>
        <translation>Nada a rotular nesta imagem</translation>
    </message>
    <message>
        <source>Draw mode: drag, or click two corners, to draw a box. Esc leaves it.</source>
        <translation>Modo de desenho: arraste, ou clique em dois cantos, para desenhar uma caixa. Esc sai do modo.</translation>
    </message>
    <message>
        <source>Box %1 has zero size.</source>
        <translation>A caixa %1 tem tamanho zero.</translation>
    </message>
    <message>
        <source>Box %1 lies outside the image.</source>
        <translation>A caixa %1 está fora da imagem.</translation>
    </message>
    <message>
        <source>Box %1 has no label.</source>
        <translation>A caixa %1 não tem rótulo.</translation>
    </message>
    <message>
        <source>Box %1 has a label that this task does not offer.</source>
        <translation>A caixa %1 tem um rótulo que esta tarefa não oferece.</translation>
    </message>
    <message>
        <source>Draw at least one box, or tick “Nothing to label in this image”.</source>
        <translation>Desenhe pelo menos uma caixa ou marque “Nada a rotular nesta imagem”.</translation>
    </message>
    <message>
        <source>“Nothing to label in this image” is ticked, but there are boxes.</source>
        <translation>“Nada a rotular nesta imagem” está marcado, mas há caixas.</translation>
    </message>
    <message>
        <source>This result cannot be submitted.</source>
        <translation>Este resultado não pode ser entregue.</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Carregando imagem…</translation>
    </message>
    <message>
        <source>The image is not downloaded yet; it appears here as soon as it arrives.</source>
        <translation>A imagem ainda não foi baixada; ela aparecerá aqui assim que chegar.</translation>
    </message>
    <message>
        <source>This image is too large to open safely (the limit is %1 megapixels).</source>
        <translation>Esta imagem é grande demais para ser aberta com segurança (o limite é %1 megapixels).</translation>
    </message>
    <message>
        <source>This file is not in an image format the app can read.</source>
        <translation>Este arquivo não está em um formato de imagem que o aplicativo consiga ler.</translation>
    </message>
    <message>
        <source>The image file is damaged or incomplete and cannot be shown.</source>
        <translation>O arquivo de imagem está danificado ou incompleto e não pode ser exibido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Label: %1 · %n selected · zoom %2% · %3</source>
        <translation>
            <numerusform>Rótulo: %1 · %n selecionada · zoom %2% · %3</numerusform>
            <numerusform>Rótulo: %1 · %n selecionadas · zoom %2% · %3</numerusform>
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
        <translation>Copiar este bloco de código (%1). Tab vai para o próximo bloco de código.</translation>
    </message>
    <message>
        <source>Copy the code block</source>
        <translation>Copiar o bloco de código</translation>
    </message>
    <message>
        <source>Copy code block</source>
        <translation>Copiar bloco de código</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Preference %1: %2</source>
        <translation>Preferência %1: %2</translation>
    </message>
    <message>
        <source>Give the selected response rank %1</source>
        <translation>Dar a posição %1 à resposta selecionada</translation>
    </message>
    <message>
        <source>Go to the preference scale</source>
        <translation>Ir para a escala de preferência</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>Ir para a justificativa</translation>
    </message>
    <message>
        <source>Scroll both responses together (on/off)</source>
        <translation>Rolar as duas respostas juntas (liga/desliga)</translation>
    </message>
    <message>
        <source>Highlight differences (on/off)</source>
        <translation>Destacar diferenças (liga/desliga)</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Preferência:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Critérios:</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Classificação:</translation>
    </message>
    <message>
        <source>Per response:</source>
        <translation>Por resposta:</translation>
    </message>
    <message>
        <source>Rationale: why is one better (or both bad)?</source>
        <translation>Justificativa: por que uma é melhor (ou ambas ruins)?</translation>
    </message>
    <message>
        <source>Preference between A and B, keys 1 to 7</source>
        <translation>Preferência entre A e B, teclas 1 a 7</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <source>Explain your judgment in your own words.</source>
        <translation>Explique seu julgamento com suas próprias palavras.</translation>
    </message>
    <message>
        <source>No preference chosen yet (keys 1–7)</source>
        <translation>Nenhuma preferência escolhida ainda (teclas 1–7)</translation>
    </message>
    <message>
        <source>%1 characters, at least %2</source>
        <translation>%1 caracteres, no mínimo %2</translation>
    </message>
    <message>
        <source>No valid preference</source>
        <translation>Nenhuma preferência válida</translation>
    </message>
    <message>
        <source>No valid ranking</source>
        <translation>Nenhuma classificação válida</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every judgment of this task, side by side</source>
        <translation>Todos os julgamentos desta tarefa, lado a lado</translation>
    </message>
    <message>
        <source>Every judgment of this task</source>
        <translation>Todos os julgamentos desta tarefa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Judgment by %1</source>
        <translation>Julgamento de %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>The server refused the last submission: %1</source>
        <translation>O servidor recusou a última entrega: %1</translation>
    </message>
    <message>
        <source>No comparison task is loaded.</source>
        <translation>Nenhuma tarefa de comparação carregada.</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>Esta entrega</translation>
    </message>
    <message>
        <source>This comparison task is damaged and cannot be shown; please report it.</source>
        <translation>Esta tarefa de comparação está danificada e não pode ser exibida; reporte o problema.</translation>
    </message>
    <message>
        <source>Both responses of this task have the same id; please report the task.</source>
        <translation>As duas respostas desta tarefa têm o mesmo ID; reporte a tarefa.</translation>
    </message>
    <message>
        <source>Choose which response is better, or Tie (keys 1–7).</source>
        <translation>Escolha qual resposta é melhor ou Empate (teclas 1–7).</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>Resposta %1: %2</translation>
    </message>
    <message>
        <source>The rationale is too short: %1 of at least %2 characters.</source>
        <translation>A justificativa é curta demais: %1 de no mínimo %2 caracteres.</translation>
    </message>
    <message>
        <source>The result is not valid: %1</source>
        <translation>O resultado não é válido: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be rated: its range is invalid. Please report this task.</source>
        <translation>“%1” não pode ser avaliado: o intervalo é inválido. Reporte esta tarefa.</translation>
    </message>
    <message>
        <source>Rate “%1” (from %2 to %3).</source>
        <translation>Avalie “%1” (de %2 a %3).</translation>
    </message>
    <message>
        <source>“%1” must be rated from %2 to %3.</source>
        <translation>“%1” deve ser avaliado de %2 a %3.</translation>
    </message>
    <message>
        <source>Rank every response (keys 1–9 or drag); not ranked yet: %1.</source>
        <translation>Dê uma posição a cada resposta (teclas 1–9 ou arrastando); ainda sem posição: %1.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Rate %1 from %2 to %3; keys: digits, arrows, Delete</source>
        <translation>Avalie %1 de %2 a %3; teclas: dígitos, setas, Delete</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>%1 of response %2</source>
        <translation>%1 da resposta %2</translation>
    </message>
    <message>
        <source>Response A</source>
        <translation>Resposta A</translation>
    </message>
    <message>
        <source>Response B</source>
        <translation>Resposta B</translation>
    </message>
    <message>
        <source>Scroll both together</source>
        <translation>Rolar juntas</translation>
    </message>
    <message>
        <source>Scroll both responses together</source>
        <translation>Rolar as duas respostas juntas</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>Destacar diferenças</translation>
    </message>
    <message>
        <source>Highlight where the responses differ</source>
        <translation>Destacar onde as respostas diferem</translation>
    </message>
    <message>
        <source>A is much better</source>
        <translation>A é muito melhor</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A é melhor</translation>
    </message>
    <message>
        <source>A is slightly better</source>
        <translation>A é um pouco melhor</translation>
    </message>
    <message>
        <source>Tie: about the same</source>
        <translation>Empate: praticamente iguais</translation>
    </message>
    <message>
        <source>B is slightly better</source>
        <translation>B é um pouco melhor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B é melhor</translation>
    </message>
    <message>
        <source>B is much better</source>
        <translation>B é muito melhor</translation>
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
        <translation>As duas respostas são ruins</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>Requer um especialista</translation>
    </message>
    <message>
        <source>Harmful content</source>
        <translation>Conteúdo nocivo</translation>
    </message>
    <message>
        <source>I cannot judge this</source>
        <translation>Não consigo julgar</translation>
    </message>
    <message>
        <source>Change judgment</source>
        <translation>Alterar julgamento</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sem posição</translation>
    </message>
    <message>
        <source>rank %1 (tie)</source>
        <translation>posição %1 (empate)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>Ranking of the responses, best first</source>
        <translation>Classificação das respostas, da melhor para a pior</translation>
    </message>
    <message>
        <source>Keys 1–9 give the selected response a rank (equal ranks are ties); drag a response to reorder; Delete clears its rank.</source>
        <translation>As teclas 1–9 dão uma posição à resposta selecionada (posições iguais são empates); arraste uma resposta para reordenar; Delete limpa a posição.</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
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
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Collapse this turn</source>
        <translation>Recolher este turno</translation>
    </message>
    <message>
        <source>Expand this turn</source>
        <translation>Expandir este turno</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation</source>
        <translation>Turnos anteriores da conversa</translation>
    </message>
    <message>
        <source>The user&apos;s last message</source>
        <translation>Última mensagem do usuário</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Show the changes side by side</source>
        <translation>Mostrar as alterações lado a lado</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Texto inteiro</translation>
    </message>
    <message>
        <source>Show unchanged text too</source>
        <translation>Mostrar também o texto inalterado</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Alteração anterior</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Próxima alteração</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Reverter alteração</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Voltar ao rascunho</translation>
    </message>
    <message>
        <source>Changes against the draft</source>
        <translation>Alterações em relação ao rascunho</translation>
    </message>
    <message>
        <source>Draft with deletions</source>
        <translation>Rascunho com exclusões</translation>
    </message>
    <message>
        <source>Rewrite with insertions</source>
        <translation>Reescrita com inserções</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>+%1 / −%2 words · %3 changes · edit distance %4</source>
        <translation>+%1 / −%2 palavras · %3 alterações · distância de edição %4</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>formatação</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged word(s)</source>
        <translation>
            <numerusform>%n palavra inalterada</numerusform>
            <numerusform>%n palavras inalteradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingMixin</name>
    <message>
        <source>Nudge box</source>
        <translation>Deslocar caixa</translation>
    </message>
    <message>
        <source>Hide box</source>
        <translation>Ocultar caixa</translation>
    </message>
    <message>
        <source>Show box</source>
        <translation>Mostrar caixa</translation>
    </message>
    <message>
        <source>Lock box</source>
        <translation>Bloquear caixa</translation>
    </message>
    <message>
        <source>Unlock box</source>
        <translation>Desbloquear caixa</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>Alterar atributo</translation>
    </message>
    <message>
        <source>Paste box</source>
        <translation>Colar caixa</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Alterar rótulo</translation>
    </message>
    <message>
        <source>Copy boxes of the previous task</source>
        <translation>Copiar caixas da tarefa anterior</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export project</source>
        <translation>Exportar projeto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projeto:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Escolha um projeto</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Projeto a exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Onde salvar a exportação</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Escolher onde salvar a exportação</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
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
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder of the export</source>
        <translation>Abrir a pasta da exportação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>COCO JSON (one file)</source>
        <translation>COCO JSON (um arquivo)</translation>
    </message>
    <message>
        <source>COCO JSON</source>
        <translation>COCO JSON</translation>
    </message>
    <message>
        <source>YOLO (a folder of label files)</source>
        <translation>YOLO (uma pasta de arquivos de rótulos)</translation>
    </message>
    <message>
        <source>YOLO</source>
        <translation>YOLO</translation>
    </message>
    <message>
        <source>Pascal VOC (a folder of XML files)</source>
        <translation>Pascal VOC (uma pasta de arquivos XML)</translation>
    </message>
    <message>
        <source>Pascal VOC</source>
        <translation>Pascal VOC</translation>
    </message>
    <message>
        <source>JSON Lines: every submission (one file)</source>
        <translation>JSON Lines: todas as entregas (um arquivo)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Preference pairs for training: prompt, chosen, rejected (one file)</source>
        <translation>Pares de preferência para treinamento: prompt, escolhida, rejeitada (um arquivo)</translation>
    </message>
    <message>
        <source>preference pairs</source>
        <translation>pares de preferência</translation>
    </message>
    <message>
        <source>Rewrites for fine-tuning: conversation and reply (one file)</source>
        <translation>Reescritas para ajuste fino: conversa e resposta (um arquivo)</translation>
    </message>
    <message>
        <source>fine-tuning data</source>
        <translation>dados de ajuste fino</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Choose a project and a format to export.</source>
        <translation>Escolha um projeto e um formato para exportar.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Escolha onde salvar a exportação.</translation>
    </message>
    <message>
        <source>%1 is a file; this format needs a folder.</source>
        <translation>%1 é um arquivo; este formato precisa de uma pasta.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into it? Files with the same names are replaced.</source>
        <translation>A pasta %1 não está vazia. Exportar para ela? Arquivos com os mesmos nomes serão substituídos.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %2: %n file(s) in %3.</source>
        <translation>
            <numerusform>%1 exportado como %2: %n arquivo em %3.</numerusform>
            <numerusform>%1 exportado como %2: %n arquivos em %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.</source>
        <translation>%1 exportado como %2 para %3.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportação cancelada. Nada foi gravado.</translation>
    </message>
    <message>
        <source>This project cannot be exported in this format: %1</source>
        <translation>Este projeto não pode ser exportado neste formato: %1</translation>
    </message>
    <message>
        <source>You may not write to %1; choose another place.</source>
        <translation>Você não tem permissão para gravar em %1; escolha outro local.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; the log has the details.</source>
        <translation>A exportação falhou inesperadamente; os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
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
        <translation>O cache ainda não está aberto; tente novamente em instantes.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto a localizar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texto de substituição</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Localizar próximo</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Substituir esta ocorrência</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Replace all matches</source>
        <translation>Substituir todas as ocorrências</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fechar a barra de localização</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n substituída</numerusform>
            <numerusform>%n substituídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GestureMixin</name>
    <message>
        <source>Move box</source>
        <translation>Mover caixa</translation>
    </message>
    <message>
        <source>Resize box</source>
        <translation>Redimensionar caixa</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Guidelines</source>
        <translation>Diretrizes</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Diretrizes</translation>
    </message>
    <message>
        <source>Show or hide the project&apos;s guidelines</source>
        <translation>Mostrar ou ocultar as diretrizes do projeto</translation>
    </message>
    <message>
        <source>Find in the guidelines</source>
        <translation>Localizar nas diretrizes</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nenhuma ocorrência</translation>
    </message>
</context>
<context>
    <name>JudgmentForm</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractere</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <source>Search labels</source>
        <translation>Buscar rótulos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
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
        <translation>Este é um servidor Label Studio: ele não reserva tarefas. Outra pessoa pode anotar nesse meio-tempo uma tarefa que você levou offline; seu trabalho é mantido e aparece então como atrasado.</translation>
    </message>
    <message>
        <source>Label Studio notice</source>
        <translation>Aviso do Label Studio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Hide this notice until the app restarts</source>
        <translation>Ocultar este aviso até o aplicativo reiniciar</translation>
    </message>
    <message>
        <source>Dismiss the Label Studio notice</source>
        <translation>Dispensar o aviso do Label Studio</translation>
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
        <translation>A sincronização não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>&amp;Review submissions (not on Label Studio servers)</source>
        <translation>&amp;Revisar envios (não em servidores Label Studio)</translation>
    </message>
    <message>
        <source>QA review is not available on Label Studio servers.</source>
        <translation>A revisão de qualidade não está disponível em servidores Label Studio.</translation>
    </message>
    <message>
        <source>annotator-desktop</source>
        <translation>annotator-desktop</translation>
    </message>
    <message>
        <source>Tasks and editor</source>
        <translation>Tarefas e editor</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions. Sign in with a QA lead account.</source>
        <translation>Somente líderes de QA podem revisar entregas. Entre com uma conta de líder de QA.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarefa</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Editor tools</source>
        <translation>Ferramentas do e&amp;ditor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
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
        <translation>Caixas</translation>
    </message>
    <message>
        <source>Attributes of the selected box</source>
        <translation>Atributos da caixa selecionada</translation>
    </message>
    <message>
        <source>Hide every box of this label</source>
        <translation>Ocultar todas as caixas deste rótulo</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Caixa %1</translation>
    </message>
</context>
<context>
    <name>OpenFolderFlow</name>
    <message>
        <source>The cache is not open yet; try again in a moment.</source>
        <translation>O cache ainda não está aberto; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir uma pasta de imagens</translation>
    </message>
    <message>
        <source>No images were found in %1.</source>
        <translation>Nenhuma imagem foi encontrada em %1.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>There is no classes.txt in %1.
Type the labels, one per line:</source>
        <translation>Não há classes.txt em %1.
Digite os rótulos, um por linha:</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Não foi possível abrir a pasta: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>OthersPanel</name>
    <message>
        <source>Other annotators&apos; rewrites</source>
        <translation>Reescritas de outros anotadores</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Observações: %1</translation>
    </message>
</context>
<context>
    <name>PaneHost</name>
    <message>
        <source>No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder of images (File ▸ Open folder…).</source>
        <translation>Ainda não há tarefas. Entre em um servidor de tarefas (Sincronizar ▸ Entrar…) ou abra uma pasta de imagens (Arquivo ▸ Abrir pasta…).</translation>
    </message>
    <message>
        <source>Choose a task from the list to start.</source>
        <translation>Escolha uma tarefa da lista para começar.</translation>
    </message>
    <message>
        <source>Task editor</source>
        <translation>Editor de tarefas</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This kind of task has no editor yet; it is shown read-only.</source>
        <translation>Este tipo de tarefa ainda não tem editor; ela é exibida somente para leitura.</translation>
    </message>
    <message>
        <source>Raw task data</source>
        <translation>Dados brutos da tarefa</translation>
    </message>
    <message>
        <source>Tasks of this kind cannot be submitted from this version of the app.</source>
        <translation>Tarefas deste tipo não podem ser entregues nesta versão do aplicativo.</translation>
    </message>
</context>
<context>
    <name>ResponseColumn</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palavra</numerusform>
            <numerusform>%n palavras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Sign in to check out a review sample.</source>
        <translation>Faça login para reservar uma amostra de revisão.</translation>
    </message>
    <message>
        <source>Only QA leads can review submissions on this server.</source>
        <translation>Somente líderes de QA podem revisar entregas neste servidor.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Precisa de alterações</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Não revisada</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>recusado pelo servidor</translation>
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
        <translation>Tarefa: %1 (%2) · Anotador: %3 · Tempo ativo: %4 · Entregue em: %5</translation>
    </message>
    <message>
        <source>Also done by: %1 (shown beside it)</source>
        <translation>Também feita por: %1 (exibida ao lado)</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Veredito: %1 (%2)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredito: %1</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>Revisão de QA</translation>
    </message>
    <message>
        <source>Next submission</source>
        <translation>Próxima entrega</translation>
    </message>
    <message>
        <source>Previous submission</source>
        <translation>Entrega anterior</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escrever um comentário</translation>
    </message>
    <message>
        <source>Show or hide the sample list</source>
        <translation>Mostrar ou ocultar a lista da amostra</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>Nova amostra…</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Fechar revisão</translation>
    </message>
    <message>
        <source>Submissions in the sample</source>
        <translation>Entregas na amostra</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Detalhes da entrega</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status da revisão</translation>
    </message>
    <message>
        <source>Sample list and submission</source>
        <translation>Lista da amostra e entrega</translation>
    </message>
    <message>
        <source>Loading the cached sample…</source>
        <translation>Carregando a amostra do cache…</translation>
    </message>
    <message>
        <source>Checking out the sample and its images…</source>
        <translation>Reservando a amostra e suas imagens…</translation>
    </message>
    <message>
        <source>No submissions in this sample.</source>
        <translation>Nenhuma entrega nesta amostra.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) ready; J and K step through them.</source>
        <translation>
            <numerusform>%n entrega pronta; use J e K para navegar.</numerusform>
            <numerusform>%n entregas prontas; use J e K para navegar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some images could not be downloaded.</source>
        <translation>Não foi possível baixar algumas imagens.</translation>
    </message>
    <message>
        <source>No sample checked out yet (Ctrl+N for a new one).</source>
        <translation>Nenhuma amostra reservada ainda (Ctrl+N para uma nova).</translation>
    </message>
    <message>
        <source>Project %1 · seed %2 · %3 of %4 · %5 reviewed</source>
        <translation>Projeto %1 · semente %2 · %3 de %4 · %5 revisadas</translation>
    </message>
    <message>
        <source>Choose a verdict: A accept, C needs changes, R reject.</source>
        <translation>Escolha um veredito: A aceitar, C precisa de alterações, R rejeitar.</translation>
    </message>
    <message>
        <source>Verdict saved; it is sent with the next sync (also offline).</source>
        <translation>Veredito salvo; ele será enviado na próxima sincronização (também offline).</translation>
    </message>
</context>
<context>
    <name>RevisionBar</name>
    <message>
        <source>Edit again</source>
        <translation>Editar novamente</translation>
    </message>
    <message>
        <source>Start a revision of this task; submitting it sends a new version.</source>
        <translation>Iniciar uma correção desta tarefa; ao entregá-la, uma nova versão é enviada.</translation>
    </message>
    <message>
        <source>Submission state</source>
        <translation>Status da entrega</translation>
    </message>
    <message>
        <source>Submitted (version %1). Read-only: choose Edit again to revise it.</source>
        <translation>Entregue (versão %1). Somente leitura: escolha “Editar novamente” para corrigi-la.</translation>
    </message>
    <message>
        <source>You skipped this task (%1). It is read-only.</source>
        <translation>Você pulou esta tarefa (%1). Ela é somente leitura.</translation>
    </message>
    <message>
        <source>You skipped this task. It is read-only.</source>
        <translation>Você pulou esta tarefa. Ela é somente leitura.</translation>
    </message>
    <message>
        <source>Revision: submitting sends version %1; the earlier ones are kept.</source>
        <translation>Correção: ao entregar, a versão %1 é enviada; as anteriores são mantidas.</translation>
    </message>
</context>
<context>
    <name>RewriteActions</name>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Código embutido</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloco de código</translation>
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
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Colar como texto simples</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Próxima alteração</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Alteração anterior</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>Reverter alteração</translation>
    </message>
    <message>
        <source>Reset to draft</source>
        <translation>Voltar ao rascunho</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Verificar ortografia</translation>
    </message>
</context>
<context>
    <name>RewritePane</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model draft</source>
        <translation>Rascunho do modelo</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Sua reescrita</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatação</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Notes for the reviewer (optional)</source>
        <translation>Observações para o revisor (opcional)</translation>
    </message>
    <message>
        <source>The rewrite is still identical to the draft.</source>
        <translation>A reescrita ainda é idêntica ao rascunho.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Changes and other rewrites</source>
        <translation>Alterações e outras reescritas</translation>
    </message>
    <message>
        <source>Other annotators</source>
        <translation>Outros anotadores</translation>
    </message>
    <message>
        <source>This task&apos;s data is not valid; it cannot be edited.</source>
        <translation>Os dados desta tarefa não são válidos; ela não pode ser editada.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>A reescrita está vazia.</translation>
    </message>
    <message>
        <source>The rewrite is identical to the draft: edit it, or say in the notes why the draft needs no change.</source>
        <translation>A reescrita é idêntica ao rascunho: edite-a ou explique nas observações por que o rascunho não precisa de alteração.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (http or https):</source>
        <translation>Endereço (http ou https):</translation>
    </message>
    <message>
        <source>Only http and https addresses can be linked.</source>
        <translation>Só é possível criar links para endereços http e https.</translation>
    </message>
    <message>
        <source>%1 words · %2 characters</source>
        <translation>%1 palavras · %2 caracteres</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Open link?</source>
        <translation>Abrir link?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Abrir este endereço no navegador?

%1</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>New review sample</source>
        <translation>Nova amostra de revisão</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projeto:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>Tamanho da amostra:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>Perc&amp;entual</translation>
    </message>
    <message>
        <source>Sample a share of the submissions</source>
        <translation>Sortear uma porcentagem das entregas</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the submissions, in percent</source>
        <translation>Porcentagem das entregas</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Quantidade</translation>
    </message>
    <message>
        <source>Sample a number of submissions</source>
        <translation>Sortear um número fixo de entregas</translation>
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
        <translation>Somente entregas deste anotador</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Qualquer anotador</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>The same project, size, annotator and seed give the same sample. The sample and its images are kept on this computer for review offline.</source>
        <translation>O mesmo projeto, tamanho, anotador e semente geram a mesma amostra. A amostra e suas imagens ficam guardadas neste computador para revisão offline.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Check out the sample</source>
        <translation>Reservar a amostra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No projects yet: sync once while online, then try again.</source>
        <translation>Ainda não há projetos: sincronize uma vez enquanto estiver online e tente novamente.</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>O servidor não conseguiu ler a solicitação.</translation>
    </message>
    <message>
        <source>The server refused the submission: some values are not valid.</source>
        <translation>O servidor recusou a entrega: alguns valores não são válidos.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Faça login novamente.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Sua sessão expirou. Faça login novamente.</translation>
    </message>
    <message>
        <source>Your sign-in was used elsewhere and has ended. Please sign in again.</source>
        <translation>Sua sessão foi usada em outro lugar e foi encerrada. Faça login novamente.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Você não tem permissão para fazer isso neste servidor.</translation>
    </message>
    <message>
        <source>The server does not have what was asked for.</source>
        <translation>O servidor não tem o que foi solicitado.</translation>
    </message>
    <message>
        <source>The server already has a different submission under this key.</source>
        <translation>O servidor já tem uma entrega diferente com esta chave.</translation>
    </message>
    <message>
        <source>Your time on this task ran out and it went to someone else.</source>
        <translation>Seu tempo nesta tarefa acabou e ela foi passada para outra pessoa.</translation>
    </message>
    <message>
        <source>The server already has a newer version of this.</source>
        <translation>O servidor já tem uma versão mais recente disto.</translation>
    </message>
    <message>
        <source>The server&apos;s change list was reset; syncing again.</source>
        <translation>A lista de alterações do servidor foi redefinida; sincronizando novamente.</translation>
    </message>
    <message>
        <source>This is too large for the server to accept.</source>
        <translation>Isto é grande demais para o servidor aceitar.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Muitas tentativas. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>O servidor está ocupado. Uma nova tentativa será feita em breve.</translation>
    </message>
    <message>
        <source>A download could not be resumed; it starts again.</source>
        <translation>Não foi possível retomar um download; ele será reiniciado.</translation>
    </message>
    <message>
        <source>The server redirected to another address: check the server address.</source>
        <translation>O servidor redirecionou para outro endereço: verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Your work is kept and sent later.</source>
        <translation>O servidor demorou demais para responder. Seu trabalho foi mantido e será enviado mais tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot use. Check the server address or tell the server&apos;s administrator.</source>
        <translation>O servidor enviou uma resposta que este aplicativo não consegue usar. Verifique o endereço do servidor ou avise o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server sent a larger answer than allowed. Check the server address or tell the server&apos;s administrator.</source>
        <translation>O servidor enviou uma resposta maior que o permitido. Verifique o endereço do servidor ou avise o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server keeps sending changes; sync stopped. What arrived is kept; try again later.</source>
        <translation>O servidor continua enviando alterações; a sincronização foi interrompida. O que chegou foi mantido; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Plain http is only used to this computer. Use an https:// server address.</source>
        <translation>O http sem criptografia só é usado para este computador. Use um endereço de servidor https://.</translation>
    </message>
    <message>
        <source>An image is larger than allowed and was not downloaded.</source>
        <translation>Uma imagem é maior que o permitido e não foi baixada.</translation>
    </message>
    <message>
        <source>An image arrived damaged; it is downloaded again at the next sync.</source>
        <translation>Uma imagem chegou danificada; ela será baixada novamente na próxima sincronização.</translation>
    </message>
    <message>
        <source>The server redirected to %1: check the server address.</source>
        <translation>O servidor redirecionou para %1: verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The image size differs from the task&apos;s image.</source>
        <translation>O tamanho da imagem difere do da imagem da tarefa.</translation>
    </message>
    <message>
        <source>The rewrite is empty.</source>
        <translation>A reescrita está vazia.</translation>
    </message>
    <message>
        <source>The order the responses were shown in is missing.</source>
        <translation>Falta a ordem em que as respostas foram exibidas.</translation>
    </message>
    <message>
        <source>A criterion is not rated (%1).</source>
        <translation>Um critério não foi avaliado (%1).</translation>
    </message>
    <message>
        <source>A rating is outside its scale (%1).</source>
        <translation>Uma avaliação está fora da escala (%1).</translation>
    </message>
    <message>
        <source>The rationale is too short.</source>
        <translation>A justificativa é curta demais.</translation>
    </message>
    <message>
        <source>A flag is not known to the server.</source>
        <translation>Uma sinalização não é reconhecida pelo servidor.</translation>
    </message>
    <message>
        <source>A box has an attribute this project does not define (%1).</source>
        <translation>Uma caixa tem um atributo que este projeto não define (%1).</translation>
    </message>
    <message>
        <source>A box attribute has a value this project does not allow (%1).</source>
        <translation>Um atributo de caixa tem um valor que este projeto não permite (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>Falta um valor obrigatório (%1).</translation>
    </message>
    <message>
        <source>No preference is chosen.</source>
        <translation>Nenhuma preferência foi escolhida.</translation>
    </message>
    <message>
        <source>This task is ranked, not judged on the preference scale.</source>
        <translation>Esta tarefa é classificada, não julgada na escala de preferência.</translation>
    </message>
    <message>
        <source>The responses are not ranked.</source>
        <translation>As respostas não estão classificadas.</translation>
    </message>
    <message>
        <source>This task is judged on the preference scale, not ranked.</source>
        <translation>Esta tarefa é julgada na escala de preferência, não classificada.</translation>
    </message>
    <message>
        <source>Not every response is ranked.</source>
        <translation>Nem todas as respostas estão classificadas.</translation>
    </message>
    <message>
        <source>A response is ranked more than once.</source>
        <translation>Uma resposta está classificada mais de uma vez.</translation>
    </message>
    <message>
        <source>The ranking has an empty place.</source>
        <translation>A classificação tem uma posição vazia.</translation>
    </message>
    <message>
        <source>The ranking names a response this task does not have.</source>
        <translation>A classificação cita uma resposta que esta tarefa não tem.</translation>
    </message>
    <message>
        <source>A response is rated on a criterion this project does not have (%1).</source>
        <translation>Uma resposta foi avaliada num critério que este projeto não tem (%1).</translation>
    </message>
    <message>
        <source>A rating names a response this task does not have (%1).</source>
        <translation>Uma avaliação cita uma resposta que esta tarefa não tem (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
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
        <translation>Salvar automaticamente após (ms)</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>Pacote de CA (PEM)</translation>
    </message>
    <message>
        <source>Tasks to keep offline</source>
        <translation>Tarefas a manter offline</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Escolher um arquivo de pacote de CA</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Escolher um pacote de CA</translation>
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
        <translation>Não foi possível iniciar a sincronização; trabalhando offline.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Pesquisar atalhos</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>Find it in Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Ele fica em Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Where to find the token</source>
        <translation>Onde encontrar o token</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
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
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Enter your personal access token.</source>
        <translation>Digite seu token de acesso pessoal.</translation>
    </message>
    <message>
        <source>That is not a personal access token. Copy it from Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>Isso não é um token de acesso pessoal. Copie-o de Label Studio ▸ Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
    <message>
        <source>Label Studio refused this token. Copy a current one from Account &amp; Settings ▸ Personal Access Token.</source>
        <translation>O Label Studio recusou este token. Copie um atual de Account &amp; Settings ▸ Personal Access Token.</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Broken task</source>
        <translation>Tarefa com defeito</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Pouco clara</translation>
    </message>
    <message>
        <source>Not my expertise</source>
        <translation>Fora da minha especialidade</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Something is wrong with the task itself: a missing image, cut-off text</source>
        <translation>Há algo errado na própria tarefa: imagem ausente, texto cortado</translation>
    </message>
    <message>
        <source>The task or its instructions are unclear</source>
        <translation>A tarefa ou suas instruções não estão claras</translation>
    </message>
    <message>
        <source>Someone with other knowledge should do this task</source>
        <translation>Outra pessoa, com outros conhecimentos, deveria fazer esta tarefa</translation>
    </message>
    <message>
        <source>Another reason: say why below</source>
        <translation>Outro motivo: explique abaixo</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Pular tarefa</translation>
    </message>
    <message>
        <source>Why do you skip “%1”? Press 1 to 4.</source>
        <translation>Por que você pula “%1”? Pressione de 1 a 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task? Press 1 to 4.</source>
        <translation>Por que você pula esta tarefa? Pressione de 1 a 4.</translation>
    </message>
    <message>
        <source>Why do you skip this task?</source>
        <translation>Por que você pula esta tarefa?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Say why (needed for Other)</source>
        <translation>Explique o motivo (necessário para Outro)</translation>
    </message>
    <message>
        <source>Why (for Other)</source>
        <translation>Motivo (para Outro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Skip or cancel</source>
        <translation>Pular ou cancelar</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar “%1”</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>annotator-desktop is already running with this data folder (process %1).
Switch to that window, or start with another folder (--data-dir).
Lock file: %2</source>
        <translation>O annotator-desktop já está em execução com esta pasta de dados (processo %1).
Alterne para essa janela ou inicie com outra pasta (--data-dir).
Arquivo de bloqueio: %2</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written.
Check its permissions, or start with another folder (--data-dir).</source>
        <translation>Não é possível gravar na pasta de dados %1.
Verifique as permissões dela ou inicie com outra pasta (--data-dir).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of annotator-desktop.
Install the newer version; the file has not been changed.</source>
        <translation>O cache %1 foi gravado por uma versão mais recente do annotator-desktop.
Instale a versão mais recente; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program.
Close other copies of annotator-desktop and try again.</source>
        <translation>O cache %1 está bloqueado por outro programa.
Feche as outras cópias do annotator-desktop e tente novamente.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written.
Check the permissions of the file and its folder, or use --data-dir.</source>
        <translation>Não é possível gravar no cache %1.
Verifique as permissões do arquivo e da pasta dele ou use --data-dir.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be opened. It has been kept as it is.</source>
        <translation>O cache %1 está danificado e não pôde ser aberto. Ele foi mantido como está.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened.</source>
        <translation>Não foi possível abrir o cache %1.</translation>
    </message>
    <message>
        <source>The cache was damaged. It was moved aside and kept as
%1
A new, empty cache was made at %2. Drafts that were only in the damaged file can be recovered from the kept copy.</source>
        <translation>O cache estava danificado. Ele foi movido e mantido como
%1
Um novo cache vazio foi criado em %2. Rascunhos que estavam apenas no arquivo danificado podem ser recuperados da cópia mantida.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer version of annotator-desktop.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>O arquivo de configurações %1 foi gravado por uma versão mais recente do annotator-desktop.
As configurações padrão serão usadas por enquanto; o arquivo não será alterado.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read.
Default settings are used for now; the file is kept unchanged.</source>
        <translation>Não foi possível ler o arquivo de configurações %1.
As configurações padrão serão usadas por enquanto; o arquivo não será alterado.</translation>
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
        <translation>Nova</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Aguardando revisão</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Precisa de alterações</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Every judgment of a task</source>
        <translation>Todos os julgamentos de uma tarefa</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Esta tarefa não está no cache.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3; 95 % interval %4–%5 %)</source>
        <translation>%1% (%2 de %3; intervalo de 95%: %4–%5%)</translation>
    </message>
    <message>
        <source>Of the judged pairs whose two responses differ in a cue, the share that chose the response shown first, the longer one and the more heavily formatted one (headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.</source>
        <translation>Dos pares julgados cujas duas respostas diferem em um indício, a proporção que escolheu a resposta mostrada primeiro, a mais longa e a mais formatada (títulos, listas, negrito, emoji). Um anotador sem viés ficaria perto de 50%; ⚠ marca uma proporção cujo intervalo de 95% exclui 50%. Empates e pares pulados não são contados.</translation>
    </message>
    <message>
        <source>Bias audit per annotator</source>
        <translation>Auditoria de viés por anotador</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Chose the first shown</source>
        <translation>Escolheu a mostrada primeiro</translation>
    </message>
    <message>
        <source>Chose the longer</source>
        <translation>Escolheu a mais longa</translation>
    </message>
    <message>
        <source>Chose the more formatted</source>
        <translation>Escolheu a mais formatada</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Todos os anotadores</translation>
    </message>
    <message>
        <source>The 95 % interval excludes 50 %: a likely bias.</source>
        <translation>O intervalo de 95% exclui 50%: provável viés.</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tarefas com mais divergência</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Julgamentos</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Divergência</translation>
    </message>
    <message>
        <source>Read the judgments…</source>
        <translation>Ler os julgamentos…</translation>
    </message>
    <message>
        <source>Read every judgment of the selected task</source>
        <translation>Ler todos os julgamentos da tarefa selecionada</translation>
    </message>
    <message>
        <source>Split: how often two annotators judged a pair of responses differently (0 all agree, 1 always opposite). Disagreement is kept, never voted away.</source>
        <translation>Divergência: com que frequência dois anotadores julgaram um par de respostas de forma diferente (0 = todos concordam, 1 = sempre opostos). A divergência é mantida, nunca resolvida por votação.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Project statistics</source>
        <translation>Estatísticas do projeto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Atualizar as estatísticas</translation>
    </message>
    <message>
        <source>Counts by state</source>
        <translation>Contagens por status</translation>
    </message>
    <message>
        <source>Verdicts per annotator</source>
        <translation>Vereditos por anotador</translation>
    </message>
    <message>
        <source>Figures per annotator</source>
        <translation>Números por anotador</translation>
    </message>
    <message>
        <source>Per annotator</source>
        <translation>Por anotador</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>Position, length and formatting bias</source>
        <translation>Viés de posição, tamanho e formatação</translation>
    </message>
    <message>
        <source>Most split tasks</source>
        <translation>Tarefas com mais divergência</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taxa de aceitação</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Tempo ativo</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Needs changes / rejected</source>
        <translation>Precisa de alterações / rejeitadas</translation>
    </message>
    <message>
        <source>No project is in the cache yet.</source>
        <translation>Ainda não há nenhum projeto no cache.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarefa</numerusform>
            <numerusform>%n tarefas</numerusform>
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
        <translation>Nenhuma tarefa pulada.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Puladas: %1</translation>
    </message>
    <message>
        <source>Figures from the server, for every annotator of the project.</source>
        <translation>Números do servidor, para todos os anotadores do projeto.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Não é possível acessar o servidor.</translation>
    </message>
    <message>
        <source>Only QA leads get the server&apos;s figures.</source>
        <translation>Somente líderes de QA recebem os números do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be loaded.</source>
        <translation>Não foi possível carregar os números do servidor.</translation>
    </message>
    <message>
        <source>Computed on this computer from the cached submissions. %1</source>
        <translation>Calculado neste computador a partir das entregas em cache. %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Tasks done by two or more annotators</source>
        <translation>Tarefas feitas por dois ou mais anotadores</translation>
    </message>
    <message>
        <source>Box agreement (IoU-matched F1, 1 = same boxes)</source>
        <translation>Concordância de caixas (F1 com pareamento por IoU, 1 = mesmas caixas)</translation>
    </message>
    <message>
        <source>Preference agreement (Krippendorff&apos;s alpha)</source>
        <translation>Concordância de preferências (alfa de Krippendorff)</translation>
    </message>
    <message>
        <source>Rewrite distance (normalised edits, 0 = identical)</source>
        <translation>Distância das reescritas (edições normalizadas, 0 = idênticas)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Active time on this task</source>
        <translation>Tempo ativo nesta tarefa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not signed in (offline)</source>
        <translation>Sem login (offline)</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n a enviar</numerusform>
            <numerusform>%n a enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Ativo: %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 left · Today: %4 submitted, %5 active</source>
        <translation>%1: %2 concluídas, %3 restantes · Hoje: %4 entregues, %5 de tempo ativo</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos os projetos</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sessão iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sessão encerrada.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>Also remove the downloaded tasks from this computer?</source>
        <translation>Remover também as tarefas baixadas deste computador?</translation>
    </message>
    <message>
        <source>Drafts and submissions not yet sent would be lost. Keep them to be safe.</source>
        <translation>Rascunhos e entregas ainda não enviados seriam perdidos. Por segurança, mantenha-os.</translation>
    </message>
    <message>
        <source>The cache was emptied.</source>
        <translation>O cache foi esvaziado.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronização cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tarefa disponibilizada offline.</numerusform>
            <numerusform>%n tarefas disponibilizadas offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure password store is available: you stay signed in only until the app closes.</source>
        <translation>Nenhum armazenamento seguro de senhas disponível: sua sessão dura apenas até o aplicativo ser fechado.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 changes received, %3 waiting.</source>
        <translation>Sincronizado: %1 enviados, %2 alterações recebidas, %3 aguardando.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Muitas tentativas. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>Não é possível acessar o servidor. Seu trabalho será mantido e enviado depois.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Não foi possível verificar o certificado do servidor.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Faça login novamente.</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>Informe o endereço do servidor, seu nome de usuário e sua senha.</translation>
    </message>
    <message>
        <source>The server is busy. It will be tried again shortly.</source>
        <translation>O servidor está ocupado. Uma nova tentativa será feita em breve.</translation>
    </message>
    <message>
        <source>You are not allowed to do that on this server.</source>
        <translation>Você não tem permissão para fazer isso neste servidor.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the URL.</source>
        <translation>O servidor não reconhece este endereço. Verifique a URL.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>O servidor respondeu com um erro (%1).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falha na sincronização: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronização</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Alterações separadas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server could not be used and were set aside. Everything else was synced. Tell the server&apos;s administrator if this stays.</source>
        <translation>
            <numerusform>%n alteração do servidor não pôde ser aplicada e foi separada. Todo o resto foi sincronizado. Avise o administrador do servidor se isso persistir.</numerusform>
            <numerusform>%n alterações do servidor não puderam ser aplicadas e foram separadas. Todo o resto foi sincronizado. Avise o administrador do servidor se isso persistir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every change from the server was used.</source>
        <translation>Nenhum problema: todas as alterações do servidor foram aplicadas.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Take tasks offline</source>
        <translation>Disponibilizar tarefas offline</translation>
    </message>
    <message>
        <source>Reading projects…</source>
        <translation>Lendo projetos…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No projects yet. Sign in and sync first.</source>
        <translation>Ainda não há projetos. Faça login e sincronize primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) offline now</source>
        <translation>
            <numerusform>%n tarefa offline agora</numerusform>
            <numerusform>%n tarefas offline agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tasks for %1</source>
        <translation>Número de tarefas para %1</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Disponibilizar offline</translation>
    </message>
    <message>
        <source>Take tasks of %1 offline</source>
        <translation>Disponibilizar tarefas de %1 offline</translation>
    </message>
    <message>
        <source>Taking tasks offline…</source>
        <translation>Disponibilizando tarefas offline…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) taken offline.</source>
        <translation>
            <numerusform>%n tarefa disponibilizada offline.</numerusform>
            <numerusform>%n tarefas disponibilizadas offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: tasks can be taken offline once the server is reachable.</source>
        <translation>Sem conexão: as tarefas poderão ser disponibilizadas offline quando o servidor estiver acessível.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Filter by project</source>
        <translation>Filtrar por projeto</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tarefas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Precisa de alterações</translation>
    </message>
    <message>
        <source>Late or conflict</source>
        <translation>Atrasada ou conflito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos os projetos</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 de %2 tarefas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescrita</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TaskSession</name>
    <message>
        <source>The task %1 is no longer in the cache.</source>
        <translation>A tarefa %1 não está mais no cache.</translation>
    </message>
    <message>
        <source>This task could not be shown.</source>
        <translation>Não foi possível exibir esta tarefa.</translation>
    </message>
    <message>
        <source>The task could not be opened: %1</source>
        <translation>Não foi possível abrir a tarefa: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Não foi possível salvar o rascunho: %1</translation>
    </message>
    <message>
        <source>This task was reviewed and is closed; it cannot be changed.</source>
        <translation>Esta tarefa foi revisada e está encerrada; ela não pode ser alterada.</translation>
    </message>
    <message>
        <source>The submission could not be saved: %1</source>
        <translation>Não foi possível salvar a entrega: %1</translation>
    </message>
    <message>
        <source>Saved as done in this folder project.</source>
        <translation>Salva como concluída neste projeto de pasta.</translation>
    </message>
    <message>
        <source>Submitted. It is sent as soon as the server answers.</source>
        <translation>Entregue. Será enviada assim que o servidor responder.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation>Ainda não está pronta para entrega</translation>
    </message>
    <message>
        <source>Fix these before submitting:</source>
        <translation>Corrija estes itens antes de entregar:</translation>
    </message>
    <message>
        <source>This task is closed or submitted; it cannot be skipped.</source>
        <translation>Esta tarefa está fechada ou enviada; não pode ser pulada.</translation>
    </message>
    <message>
        <source>The skip could not be saved: %1</source>
        <translation>Não foi possível salvar o pulo: %1</translation>
    </message>
    <message>
        <source>Skipped. The reason is sent as soon as the server answers.</source>
        <translation>Pulada. O motivo é enviado assim que o servidor responder.</translation>
    </message>
    <message>
        <source>Skipped. The reason is kept in this folder project.</source>
        <translation>Pulada. O motivo fica guardado neste projeto de pasta.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Accepted by QA</source>
        <translation>Aceita pelo QA</translation>
    </message>
    <message>
        <source>Changes requested by QA</source>
        <translation>Alterações solicitadas pelo QA</translation>
    </message>
    <message>
        <source>Rejected by QA</source>
        <translation>Rejeitada pelo QA</translation>
    </message>
    <message>
        <source>a QA lead</source>
        <translation>um líder de QA</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Veredito anterior: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your lease on this task ended while work was unsent. Submit it; the server keeps it as late.</source>
        <translation>Sua concessão nesta tarefa terminou com trabalho ainda não enviado. Faça a entrega; o servidor a manterá como atrasada.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>Concessão termina em %1</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>QA verdict</source>
        <translation>Veredito de QA</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the verdict for now</source>
        <translation>Ocultar o veredito por enquanto</translation>
    </message>
    <message>
        <source>Hide the QA verdict</source>
        <translation>Ocultar o veredito de QA</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Comentário do revisor</translation>
    </message>
    <message>
        <source>Earlier verdict: %1</source>
        <translation>Veredito anterior: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Revisado por %1 em %2</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Revisado por %1</translation>
    </message>
    <message>
        <source>(No comment)</source>
        <translation>(Sem comentário)</translation>
    </message>
    <message>
        <source>Your revised submission is waiting for review.</source>
        <translation>Sua entrega corrigida aguarda revisão.</translation>
    </message>
    <message>
        <source>Revise the task and submit it again.</source>
        <translation>Corrija a tarefa e entregue-a novamente.</translation>
    </message>
    <message>
        <source>This task is closed; it opens read-only.</source>
        <translation>Esta tarefa está encerrada; ela abre somente para leitura.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Comment for the annotator</source>
        <translation>Comentário para o anotador</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Aceitar (A)</translation>
    </message>
    <message>
        <source>Accept this submission</source>
        <translation>Aceitar esta entrega</translation>
    </message>
    <message>
        <source>Needs &amp;changes (C)</source>
        <translation>Pre&amp;cisa de alterações (C)</translation>
    </message>
    <message>
        <source>Ask the annotator to revise this submission</source>
        <translation>Pedir ao anotador que corrija esta entrega</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>&amp;Rejeitar (R)</translation>
    </message>
    <message>
        <source>Reject this submission</source>
        <translation>Rejeitar esta entrega</translation>
    </message>
    <message>
        <source>What must change? Type it, then press Enter (Esc cancels)</source>
        <translation>O que precisa mudar? Digite e pressione Enter (Esc cancela)</translation>
    </message>
    <message>
        <source>Why is it rejected? Type it, then press Enter (Esc cancels)</source>
        <translation>Por que foi rejeitada? Digite e pressione Enter (Esc cancela)</translation>
    </message>
    <message>
        <source>Comment (optional for Accept; / to type, Esc to leave)</source>
        <translation>Comentário (opcional para Aceitar; / para digitar, Esc para sair)</translation>
    </message>
</context>
</TS>
