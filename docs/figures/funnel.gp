# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './funnel.png'
set terminal pngcairo size 1000,522 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set title 'From identified to complained' noenhanced font ',13'
set bmargin 5.7
set yrange [0.4:4.6]
set xrange [-52:80]
unset xtics
unset x2tics
set border 0
unset grid
unset key
set style fill solid 0.9 noborder
set ytics ( \
    'identified' 4, \
    'questioned' 3, \
    'case_file' 2, \
    'complained' 1) nomirror scale 0 noenhanced
set label '7,214' at first 50, first 4 left offset 1,0 font ',11' noenhanced
set label '800  (11.1% of the first stage)' at first 5.54477, first 3 left offset 1,0 font ',11' noenhanced
set label '↓  11.1% went on  (95% CI 10.4–11.8%)' at first 0, first 3.5 center font ',10' textcolor rgb '#303030' noenhanced
set label '7  (0.10% of the first stage)' at first 0.2, first 2 left offset 1,0 font ',11' noenhanced
set label '↓  0.9% went on  (95% CI 0.4–1.8%)' at first 0, first 2.5 center font ',10' textcolor rgb '#303030' noenhanced
set label '6  (0.08% of the first stage)' at first 0.2, first 1 left offset 1,0 font ',11' noenhanced
set label '↓  86% went on  (95% CI 49–97%)' at first 0, first 1.5 center font ',10' textcolor rgb '#303030' noenhanced
set label 'Bar width is proportional to the count (very small bars are widened to stay visible).' at character 1.5, character 1.90 left font ',9' textcolor rgb '#404040' noenhanced
set label 'Between bars: the share of one stage that reached the next, with its 95% confidence interval (Wilson score).' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$stages << CASESTAT_EOD
0 4 50
1 3 5.5447740504574439
2 2 0.20000000000000001
3 1 0.20000000000000001
CASESTAT_EOD
plot $stages using (0):2:(-$3):3:($2-0.28):($2+0.28) with boxxyerror lc rgb '#0072B2' notitle
