# casewalk.bash — bash completion for casewalk: commands, each command's options and the ids of
# the scenarios casewalk finds. Commands and options are read from casewalk's own --help, so the
# completion follows the program it completes; ids come from `casewalk list --ids`.

_casewalk_commands()
{
    "$1" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p'
}

_casewalk_options()
{
    { "$1" "$2" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*'; echo --help; } | sort -u
}

_casewalk()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} program=${COMP_WORDS[0]}
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done
    COMPREPLY=()

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$(_casewalk_commands "$program") --help --version" -- "$cur"))
        return
    fi

    # An option's value (guide's --json and --markdown take none).
    [[ $command == guide && ( $prev == --json || $prev == --markdown ) ]] && prev=""
    case $prev in
        --mode) COMPREPLY=($(compgen -W "practice assessment" -- "$cur")); return ;;
        --ui) COMPREPLY=($(compgen -W "text gui" -- "$cur")); return ;;
        --role) COMPREPLY=($(compgen -W "cps dv" -- "$cur")); return ;;
        --records | --shots) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --resume) COMPREPLY=($(compgen -f -X '!*.jsonl' -- "$cur") $(compgen -d -- "$cur")); return ;;
        --scenario) COMPREPLY=($(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur")); return ;;
        --html | --json | --out | --screenshot | --auth-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --trainee | --name | --seed | --random | --limit | --timer | --votes | --choose | --expect | --min-group | --homepage | \
        --send | --batch | --tries | --timeout | --listen)
            return ;;
        --lrs | --since | --until | --page-size) return ;;
        --auth-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_casewalk_options "$program" "$command")" -- "$cur"))
        return
    fi
    case $command in
        play | check | workshop | guide)
            COMPREPLY=($(compgen -W "$("$program" list --ids 2>/dev/null)" -- "$cur")
                       $(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur"))
            ;;
        debrief | summary | xapi)
            COMPREPLY=($(compgen -f -X '!*.jsonl' -- "$cur") $(compgen -d -- "$cur"))
            ;;
    esac
}

complete -F _casewalk casewalk
